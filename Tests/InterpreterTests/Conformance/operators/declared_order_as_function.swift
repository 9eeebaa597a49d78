struct P: Comparable { let x: Int; static func < (a: P, b: P) -> Bool { a.x < b.x } }
let ps = [P(x: 2), P(x: 1), P(x: 3), P(x: 0)]
print(ps.sorted(by: <).map(\.x)); print(ps.sorted(by: >).map(\.x)); print(ps.max(by: <)!.x)
var qs = ps; qs.sort(by: >); print(qs.map(\.x))
enum M: Int, Comparable { case a = 2, b = 1
  static func < (l: M, r: M) -> Bool { l.rawValue < r.rawValue } }
print([M.a, M.b].sorted(), M.a < M.b, [M.a, M.b].min()!, [M.a, M.b].max()!)
enum L: Comparable { case low, high }
print([L.high, L.low].sorted(), L.low < L.high)
// expect: [0, 1, 2, 3]
// expect: [3, 2, 1, 0]
// expect: 3
// expect: [3, 2, 1, 0]
// expect: [main.M.b, main.M.a] false b a
// expect: [main.L.low, main.L.high] true
