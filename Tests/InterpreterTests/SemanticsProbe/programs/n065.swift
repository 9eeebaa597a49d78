import Foundation
var s: Set<Int> = [5, 1, 3]
print(s.sorted(), s.min()!, s.max()!, s.filter { $0 > 1 }.sorted(), s.map { $0 * 2 }.sorted())
let e: Set<Int> = []
print(e, Set<String>(), [Int: Int](), [String](), [1: 2])
let single: Set = ["only"]
print(single, Set([7]))
