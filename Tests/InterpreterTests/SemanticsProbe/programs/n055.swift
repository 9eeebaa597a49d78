import Foundation
struct P: Equatable, Hashable, Comparable {
  var x: Int, y: Int
  static func < (a: P, b: P) -> Bool { (a.x, a.y) < (b.x, b.y) }
}
let ps = [P(x: 2, y: 1), P(x: 1, y: 5), P(x: 1, y: 2)]
print(ps.sorted(), ps.min()!, ps.contains(P(x: 1, y: 5)), P(x: 1, y: 1) == P(x: 1, y: 1))
let set = Set(ps + ps)
print(set.count, set.sorted().map { "\($0.x),\($0.y)" })
