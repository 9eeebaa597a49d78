struct Scaler {
    var k: Double
    func apply(_ x: Double) -> Double { k * x }
}
let s = Scaler(k: 3)
let f = s.apply
print([1.0, 2.0].map(f))
print([1.0, 2.0].map(s.apply))
