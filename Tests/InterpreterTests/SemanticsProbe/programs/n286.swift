struct G<T> { var t: T }
print(G(t: Optional(1)), G(t: [G(t: "a")]), G<Int?>(t: nil), G(t: (1, "b")))
enum W<T> { case some(T), none }
print(W.some(3), W<Int>.none, [W.some("s")])
