class Settings {
    var base = 2.0
    lazy var rate: Double = base / 10
}
let s = Settings()
s.rate = 0.5
print(s.rate)
let t = Settings()
print(t.rate)
// expect: 0.5
// expect: 0.2
