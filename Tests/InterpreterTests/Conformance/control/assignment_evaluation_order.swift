var x = 5
var arr = [0, 0, 0, 0, 0, 0]
arr[x] = { x = 1; return 7 }()
print(arr, x)
var log: [String] = []
func i(_ n: Int) -> Int { log.append("i\(n)"); return n }
var grid = [[0, 0], [0, 0]]
grid[i(1)][i(0)] = i(9)
print(grid, log)
var d = ["a": 1]
var key = "a"
d[key] = { key = "b"; return 2 }()
print(d.sorted { $0.key < $1.key }, key)
final class Counter { var count = 0 }
var counters = [Counter(), Counter()]
var n = 0
func pick() -> Counter { let c = counters[n]; n += 1; return c }
pick().count = n * 10
print(counters.map(\.count), n)
var scores = [1.0, 2.0, 3.0]
var k = 0
scores[k] += { k = 2; return 10.0 }()
print(scores)
struct P { var v = [0, 0] }
var ps = [P(), P()]
var j = 1
ps[j].v[j] = { j = 0; return 5 }()
print(ps.map(\.v))
// expect: [0, 0, 0, 0, 0, 7] 1
// expect: [[0, 0], [9, 0]] ["i1", "i0", "i9"]
// expect: [(key: "a", value: 2)] b
// expect: [10, 0] 1
// expect: [11.0, 2.0, 3.0]
// expect: [[0, 0], [0, 5]]
