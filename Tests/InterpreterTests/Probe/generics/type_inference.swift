func makePair<A, B>(_ a: A, _ b: B) -> (A, B) { (a, b) }
let p = makePair(3, 4.5)
print(p.0 + 1, p.1 * 2)
let arr = [makePair("x", 1), makePair("y", 2)]
print(arr.map { $0.1 }.reduce(0, +))
