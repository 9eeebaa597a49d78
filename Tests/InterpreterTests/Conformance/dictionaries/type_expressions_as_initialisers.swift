var counts = [Character: Int]()
for c in "hello" { counts[c, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" })
var grid = [[Double]](repeating: [0, 0], count: 2)
grid[1][0] = 3
var byName = [String: [Double]]()
byName["a", default: []].append(1.5)
print(grid, byName, [Int?](repeating: nil, count: 2))
print([Double].self, [String: Int].self)
// expect: ["e1", "h1", "l2", "o1"]
// expect: [[0.0, 0.0], [3.0, 0.0]] ["a": [1.5]] [nil, nil]
// expect: Array<Double> Dictionary<String, Int>
