class Animal { func clone() -> Self { return self } ; var kind: String { "animal" } }
final class Cat: Animal { override var kind: String { "cat" } }
let c = Cat().clone()
print(c.kind, type(of: c))
protocol Copyable { func copy() -> Self }
struct V: Copyable { var n: Int; func copy() -> V { V(n: n + 1) } }
print(V(n: 1).copy().copy())
