struct P: Comparable { let x: Int; static func < (a: P, b: P) -> Bool { a.x < b.x } }
print(P(x: 1) > P(x: 2), P(x: 1) <= P(x: 2), P(x: 3) >= P(x: 2))
enum M: Int, Comparable { case a = 2, b = 1
  static func < (l: M, r: M) -> Bool { l.rawValue < r.rawValue } }
print(M.a > M.b, M.a <= M.b, M.a >= M.b, max(M.a, M.b), min(M.a, M.b))
print([P(x: 2), P(x: 1)].sorted(by: >=).map(\.x), [M.a, M.b].sorted(by: >))
let ms: [M] = [.a, .b]
print(ms.max()!, ms.sorted(by: <))
print(max(P(x: 1), P(x: 5)).x)
struct Q: Comparable { let k: Int, tag: String; static func < (a: Q, b: Q) -> Bool { a.k < b.k } }
print(max(Q(k: 1, tag: "a"), Q(k: 1, tag: "b")).tag, min(Q(k: 1, tag: "a"), Q(k: 1, tag: "b")).tag)
print(max(Q(k: 1, tag: "a"), Q(k: 1, tag: "b"), Q(k: 1, tag: "c")).tag, min(Q(k: 1, tag: "a"), Q(k: 1, tag: "b"), Q(k: 0, tag: "c")).tag)
print([Q(k: 1, tag: "a"), Q(k: 1, tag: "b")].max()!.tag, [Q(k: 1, tag: "a"), Q(k: 1, tag: "b")].min()!.tag)
print(max(0.0, -0.0), min(-0.0, 0.0), max(Double.nan, 1.0), max(1.0, Double.nan), min(Double.nan, 1.0), min(1.0, Double.nan))
print(max(1.0, 2.0, Double.nan), max(Double.nan, 1.0, 2.0), min(3, 1, 2), max("a", "c", "b"))
// expect: false true true
// expect: true false true a b
// expect: [2, 1] [main.M.a, main.M.b]
// expect: a [main.M.b, main.M.a]
// expect: 5
// expect: b a
// expect: c c
// expect: a a
// expect: -0.0 -0.0 nan 1.0 nan 1.0
// expect: 2.0 nan 1 c
