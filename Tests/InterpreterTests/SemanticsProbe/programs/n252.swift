protocol P { func name() -> String }
struct A: P { func name() -> String { "A" } }
func show(_ p: P) -> String { "existential " + p.name() }
func show(_ a: A) -> String { "concrete " + a.name() }
func show<T: P>(_ t: T) -> String { "generic " + t.name() }
let a = A(); let p: P = a
print(show(a), show(p))
func wrap<T: P>(_ t: T) -> String { show(t) }
print(wrap(a))
