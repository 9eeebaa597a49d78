let keys = ["one", "two", "three"]
let dict = Dictionary(uniqueKeysWithValues: zip(keys, 1...3))
print(dict["two"]!, dict.count)
let merged = Dictionary([("a", 1), ("b", 2), ("a", 3)], uniquingKeysWith: +)
print(merged["a"]!, merged["b"]!)
let firstWins = Dictionary([("x", 1.5), ("x", 2.5)], uniquingKeysWith: { first, _ in first })
print(firstWins)
let letters = Dictionary("banana".map { ($0, 1) }, uniquingKeysWith: +)
print(letters.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" }.joined())
// expect: 2 3
// expect: 4 2
// expect: ["x": 1.5]
// expect: a3b1n2
