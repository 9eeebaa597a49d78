let xs = [4, 2, 4, 1, 2, 9, 1]
var seen = Set<Int>()
var unique: [Int] = []
for x in xs where !seen.contains(x) {
    seen.insert(x)
    unique.append(x)
}
print(unique)
