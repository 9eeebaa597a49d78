let words = ["a", "b", "a", "c", "a"]
let counts = words.reduce(into: [String: Int]()) { counts, w in counts[w, default: 0] += 1 }
print(counts["a"]!, counts["b"]!, counts["c"]!)
let squares = [1, 2, 3].reduce(into: [Int]()) { $0.append($1 * $1) }
print(squares)
let total = [1.5, 2.5].reduce(into: 0.0) { $0 += $1 }
print(total)
// expect: 3 1 1
// expect: [1, 4, 9]
// expect: 4.0
