func d<T: CustomStringConvertible>(_ t: T) -> String { "generic " + t.description }
func d(_ t: Int) -> String { "int \(t)" }
func call<T: CustomStringConvertible>(_ t: T) -> String { d(t) }
print(d(1), d("s"), call(1), call(2.5))
