import Foundation
let v = [3.0, -4.0, 12.0]
let l1 = v.map(abs).reduce(0, +)
let l2 = sqrt(v.map { $0 * $0 }.reduce(0, +))
let linf = v.map(abs).max()!
print(l1, l2, linf)
let M: [[Double]] = [[1, 2], [3, 4]]
print(sqrt(M.joined().map { $0 * $0 }.reduce(0, +)))
