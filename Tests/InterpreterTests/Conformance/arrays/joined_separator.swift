let rows = [[1, 2], [3], [], [4, 5]]
let joined = rows.joined(separator: [0])
print(Array(joined))
print(type(of: joined))
var seen: [Int] = []
for x in rows.joined(separator: [-1, -1]) { seen.append(x) }
print(seen)
print(joined.map { $0 * 2 }, joined.reduce(0, +), joined.contains { $0 == 0 })
print(Array(joined.reversed()), Array([[Int]]().joined(separator: [9])), Array([[1]].joined(separator: [9])))
let separator = [7]
print(Array([["a"], ["b", "c"]].joined(separator: ["-"])), Array(rows.joined(separator: separator)))
// expect: [1, 2, 0, 3, 0, 0, 4, 5]
// expect: JoinedSequence<Array<Array<Int>>>
// expect: [1, 2, -1, -1, 3, -1, -1, -1, -1, 4, 5]
// expect: [2, 4, 0, 6, 0, 0, 8, 10] 15 true
// expect: [5, 4, 0, 0, 3, 0, 2, 1] [] [1]
// expect: ["a", "-", "b", "c"] [1, 2, 7, 3, 7, 7, 4, 5]
