struct Pair<T> { var a: T; var b: T }
extension Pair where T: Numeric { func sum() -> T { a + b }; func scaled(_ k: T) -> Pair { Pair(a: a * k, b: b * k) } }
let p = Pair(a: 1.5, b: 2)
let q = Pair(a: 1, b: 2)
print(p.sum(), q.sum(), p.scaled(2), q.scaled(3))
