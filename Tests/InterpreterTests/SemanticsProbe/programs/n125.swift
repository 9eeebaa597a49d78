func f(_ x: Int) -> String { "Int" }
func f(_ x: Double) -> String { "Double" }
func f<T>(_ x: T) -> String { "Generic" }
func f(_ x: Int?) -> String { "Opt" }
print(f(1), f(1.0), f("s"), f(Int8(1)), f(Optional(2)))
func g<T>(_ x: T) -> String { f(x) }
print(g(1), g(1.0))
