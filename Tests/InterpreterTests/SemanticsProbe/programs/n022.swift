import Foundation
let a = [3, 1, 3, 0, 1]
print(a.min()!, a.max()!, a.firstIndex(of: 3)!, a.lastIndex(of: 1)!, a.firstIndex(of: 7) as Any)
print(a.first(where: { $0 < 2 }) as Any, a.last(where: { $0 > 100 }) as Any)
let p = [(1, "a"), (3, "b"), (3, "c"), (1, "d")]
print(p.max { $0.0 < $1.0 }!, p.min { $0.0 < $1.0 }!)
print(a.contains(0), a.allSatisfy { $0 >= 0 }, a.contains { $0 > 2 })
