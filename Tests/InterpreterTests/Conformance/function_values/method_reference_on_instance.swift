struct Scale {
    var factor: Double
    func apply(_ x: Double) -> Double { x * factor }
}
let s = Scale(factor: 3)
let f = s.apply
print([1.0, 2.0].map(f))
// expect: [3.0, 6.0]
