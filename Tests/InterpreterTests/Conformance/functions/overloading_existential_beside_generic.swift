protocol Shape { func area() -> Double }
struct Ci: Shape { var r: Double; func area() -> Double { 3 * r * r } }
func describe(_ s: any Shape) -> String { "existential" }
func describe<T: Shape>(_ s: T) -> String { "generic" }
print(describe(Ci(r: 1)))
// expect: existential
