extension Double {
    var squared: Double { self * self }
    func clamped(_ lo: Double, _ hi: Double) -> Double { min(max(self, lo), hi) }
}
print(3.0.squared, (1.5).squared)
let x = 7.5
print(x.clamped(0, 5), x.squared.squared)
// interpreter-only
// expect: 9.0 2.25
// expect: 5.0 3164.0625
