import Foundation
let nums = [4, 8, 15, 16, 23, 42]
let (evens, odds) = nums.reduce(into: ([Int](), [Int]())) { acc, n in n % 2 == 0 ? acc.0.append(n) : acc.1.append(n) }
print(evens, odds)
let stats = nums.reduce((min: Int.max, max: Int.min)) { (min($0.min, $1), max($0.max, $1)) }
print(stats, stats.min)
print(nums.split { $0 % 4 == 0 }, nums.chunked3())
extension Array { func chunked3() -> [[Element]] { stride(from: 0, to: count, by: 3).map { Array(self[$0..<Swift.min($0 + 3, count)]) } } }
