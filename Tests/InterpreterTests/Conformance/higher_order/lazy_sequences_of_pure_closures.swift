import Foundation
let firstBig = (1...1_000_000).lazy.map { $0 * $0 }.filter { $0 > 1000 }.first!
print(firstBig)
let xs = [3.0, -1.0, 4.0, -1.5, 9.0]
let roots = xs.lazy.filter { $0 >= 0 }.map { sqrt($0) }
print(Array(roots), roots.count, roots.first!, roots.contains(2.0))
for r in xs.lazy.compactMap({ $0 > 0 ? Int($0) : nil }) { print(r, terminator: " ") }
print()
print(xs.lazy.map { $0 * 2 }.reduce(0, +), xs.lazy.filter { $0 < 0 }.max()!)
let n = (1...100).lazy.filter { $0 % 7 == 0 }.map { $0 * $0 }.first { $0 > 1000 }
print(n as Any)
// expect: 1024
// expect: [1.7320508075688772, 2.0, 3.0] 3 1.7320508075688772 true
// expect: 3 4 9 
// expect: 27.0 -1.0
// expect: Optional(1225)
