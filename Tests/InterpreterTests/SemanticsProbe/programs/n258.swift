enum Shape: Equatable, Hashable { case c(Double), r(Int, Int) }
print(Shape.c(1) == .c(1.0), Shape.r(1, 2) == .r(2, 1), Set([Shape.c(1), .c(1), .r(0, 0)]).count)
struct P: Hashable { var a: Int; var b: String }
print(P(a: 1, b: "x") == P(a: 1, b: "x"), Set([P(a: 1, b: "x"), P(a: 1, b: "x")]).count, [P(a: 1, b: "y")].contains(P(a: 1, b: "y")))
