import Foundation
let a = [1, 2, 3, 4]
print(a.reduce(0, +), a.reduce(into: [Int]()) { $0.insert($1, at: 0) }, a.map { $0 * $0 })
print([[1, 2], [3]].flatMap { $0 }, ["1", "x", "3"].compactMap { Int($0) }, [1, nil, 3].compactMap { $0 })
for (i, x) in a.enumerated() where i % 2 == 0 { print(i, x) }
print(Array(zip(a, ["a", "b", "c"])), zip(a, a.dropFirst()).map { $1 - $0 })
print(a.enumerated().map { $0 }, Array(a.enumerated()).last!)
