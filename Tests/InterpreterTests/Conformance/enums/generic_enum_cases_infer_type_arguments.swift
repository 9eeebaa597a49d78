enum W<T> { case some(T), none }
print(W.some(3), W<Int>.none, [W.some("s")])
enum Pair<A, B> { case both(A, B), left(A) }
print(Pair.both(1, "x"), Pair<Int, Double>.left(2))
// expect: some(3) none [main.W<Swift.String>.some("s")]
// expect: both(1, "x") left(2)
