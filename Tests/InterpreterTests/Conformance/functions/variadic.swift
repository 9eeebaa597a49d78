func mean(_ xs: Double...) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
func report(_ name: String, values: Int..., scale: Int = 1) -> String {
    "\(name): \(values.map { $0 * scale })"
}
print(mean(1, 2, 3, 4), mean())
print(report("a", values: 1, 2, 3), report("b", values: 5, scale: 10), report("c"))
// expect: 2.5 0.0
// expect: a: [1, 2, 3] b: [50] c: []
