func scale(by factor: Double) -> Double { 2 * factor }
func scale(to target: Double) -> Double { target / 2 }
func scale(_ x: Int) -> Int { x * 10 }
print(scale(by: 3), scale(to: 3), scale(4))
// expect: 6.0 1.5 40
