let words = ["a", "bcd", "ef"]
print(words.map(\.count))
print(words.map(\.count).max() ?? 0)
let rows = [[1, 2], [3], []]
print(rows.map(\.count))
// expect: [1, 3, 2]
// expect: 3
// expect: [2, 1, 0]
