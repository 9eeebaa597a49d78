func describe(_ x: Int) -> String { "Int \(x)" }
func describe(_ x: Double) -> String { "Double \(x)" }
func describe(_ x: String) -> String { "String \(x)" }
print(describe(3))
print(describe(3.0))
print(describe("3"))
