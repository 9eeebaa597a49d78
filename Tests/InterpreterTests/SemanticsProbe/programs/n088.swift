var dict: [String: Double] = [:]
dict["a"] = 1
dict["b", default: 0] += 2
dict.merge(["c": 3]) { a, _ in a }
print(dict.keys.sorted().map { dict[$0]! })
var counts: [Character: Int] = [:]
for ch in "hello" { counts[ch, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" })
