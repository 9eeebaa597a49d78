func identity<T>(_ x: T) -> T { x }
func pair<A, B>(_ a: A, _ b: B) -> (A, B) { (a, b) }
print(identity(4), identity("s"), identity([1.5]))
let p = pair(1, "one")
print(p.0, p.1)
// expect: 4 s [1.5]
// expect: 1 one
