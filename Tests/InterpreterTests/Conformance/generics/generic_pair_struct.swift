struct Pair<A, B> {
    var first: A
    var second: B
    func swapped() -> Pair<B, A> { Pair<B, A>(first: second, second: first) }
}
let p = Pair(first: 1, second: "x")
let q = p.swapped()
print(q.first, q.second)
print(q)
// expect: x 1
// expect: Pair<String, Int>(first: "x", second: 1)
