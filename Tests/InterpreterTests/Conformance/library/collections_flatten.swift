let nested = [[1, 2], [3], [], [4, 5, 6]]
print(nested.joined().map { $0 * 10 }, Array(nested.joined()).count)
let M: [[Double]] = [[1, 2], [3, 4]]
print(M.joined().reduce(0, +))
let parsed = ["1": "x", "2": "2", "3": "30"].compactMapValues { Int($0) }
print(parsed.keys.sorted(), parsed["3"]!)
print("gradient".starts(with: "gra"), [1, 2, 3].starts(with: [1, 2]), [1, 2].starts(with: [2]))
var out: [String] = []
out.reserveCapacity(10)
out.append("x")
print(out)
let s: String? = "12"
let n = s.flatMap { Int($0) }
print(n!, s.map { $0 + "!" }!, n.map { $0 * 2 }!)
let none: Int? = nil
print(none.map { $0 + 1 } == nil, none.flatMap { $0 > 0 ? $0 : nil } == nil)
// expect: [10, 20, 30, 40, 50, 60] 6
// expect: 10.0
// expect: ["2", "3"] 30
// expect: true true false
// expect: ["x"]
// expect: 12 12! 24
// expect: true true
