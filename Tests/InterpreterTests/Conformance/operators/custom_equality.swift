struct Approx: Equatable {
    var value: Double
    static func == (a: Approx, b: Approx) -> Bool { abs(a.value - b.value) < 1e-9 }
}
let p = Approx(value: 0.1 + 0.2), q = Approx(value: 0.3)
print(p == q, p != q, 0.1 + 0.2 == 0.3)
// expect: true false false
