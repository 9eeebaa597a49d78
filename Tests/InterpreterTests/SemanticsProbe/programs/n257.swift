func sum(_ xs: Int...) -> Int { xs.reduce(0, +) }
func label(first a: Int, second b: Int = 2) -> String { "\(a)-\(b)" }
print(sum(), sum(1), sum(1, 2, 3), label(first: 1), label(first: 1, second: 5))
func both(_ xs: Double..., scale: Double) -> [Double] { xs.map { $0 * scale } }
print(both(1, 2, scale: 0.5))
