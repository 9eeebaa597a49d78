extension Double {
    var squared: Double { self * self }
    func clamped(to lo: Double, _ hi: Double) -> Double { Swift.min(Swift.max(self, lo), hi) }
}
print(3.0.squared)
print((-2.5).clamped(to: -1, 1), 0.5.clamped(to: -1, 1))
