func show(_ x: Int) -> String { "int" }
func show<T>(_ x: T) -> String { "generic" }
func twice<T>(_ x: T) -> String { show(x) + show(x) }
print(twice(1))
// expect error: 3:35 not supported in experiment blocks: calling 'show', which several functions overload, inside a generic function
