// `reduce`'s array literal initial value takes the type its closure gives it.
let a = [[1.0, 2.0], [3.0]]
print(a.reduce([], +))
let ms: [Double] = [1, 3]
print(ms.reduce([0]) { $0 + [$1] }, ms.reduce([]) { $0 + [$1 * 2] })
let ws: [Int] = [1, 2]
print(ws.reduce([]) { $0 + [$1, $1] })
print([[1], [2, 3]].reduce(into: []) { $0 += $1 })
print([1.5, 2].reduce(into: []) { $0.append($1 * 2) })
let words = ["a", "b", "a"]
print(words.reduce(into: [:]) { $0[$1, default: 0] += 1 }.sorted { $0.key < $1.key })
let m: [Int] = [[1], [2]].reduce(into: []) { $0 += $1 }
print(m)
// expect: [1.0, 2.0, 3.0]
// expect: [0.0, 1.0, 3.0] [2.0, 6.0]
// expect: [1, 1, 2, 2]
// expect: [1, 2, 3]
// expect: [3.0, 4.0]
// expect: [(key: "a", value: 2), (key: "b", value: 1)]
// expect: [1, 2]
