func describe(_ x: Int) -> String { "Int \(x)" }
func describe(_ x: Double) -> String { "Double \(x)" }
func describe(_ x: String) -> String { "String \(x)" }
func scale(_ x: Double, by k: Double) -> Double { x * k }
func scale(_ xs: [Double], by k: Double) -> [Double] { xs.map { $0 * k } }
print(describe(3), describe(3.0), describe("3"), describe(2 * 4))
print(scale(2, by: 3), scale([1, 2], by: 0.5))
let labels: [String] = [1.5, 2].map(describe)
print(labels)
// expect: Int 3 Double 3.0 String 3 Int 8
// expect: 6.0 [0.5, 1.0]
// expect: ["Double 1.5", "Double 2.0"]
