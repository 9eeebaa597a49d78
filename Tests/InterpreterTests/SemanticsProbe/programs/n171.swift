protocol P { associatedtype T; func get() -> T }
struct IntP: P { func get() -> Int { 42 } }
struct StrP: P { func get() -> String { "s" } }
func show<X: P>(_ x: X) -> String { "\(x.get())" }
func twice<X: P>(_ x: X) -> [X.T] { [x.get(), x.get()] }
print(show(IntP()), show(StrP()), twice(IntP()), twice(StrP()))
