let dna = "GATTACAGATTACA"
var counts: [Character: Int] = [:]
for c in dna { counts[c, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " "))
