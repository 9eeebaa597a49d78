let xs = [10, 20, 30, 40]
let s = xs[1...2]
print(type(of: s), type(of: xs.dropFirst()), type(of: xs[..<2]), type(of: xs.prefix(while: { $0 < 30 })))
print(s.count, s, s.first!, s.last!, s.map { $0 * 2 }, s.reduce(0, +))
for (offset, x) in s.enumerated() { print(offset, x) }
let rest = Array(xs.dropFirst())
print(rest[0], rest.indices, type(of: rest))
let grid = [[1, 2], [3, 4]]
let i = 0
print(grid[i + 1][0], grid[i][1])
print(s == [20, 30], s.contains(30), s.sorted(by: >))
// expect: ArraySlice<Int> ArraySlice<Int> ArraySlice<Int> ArraySlice<Int>
// expect: 2 [20, 30] 20 30 [40, 60] 50
// expect: 0 20
// expect: 1 30
// expect: 20 0..<3 Array<Int>
// expect: 3 2
// expect: true true [30, 20]
