let words = ["a", "bb", "a", "ccc", "bb", "a"]
let counts = words.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
let lengths = words.reduce(into: [Int]()) { $0.append($1.count) }
print(lengths)
