let word = "descent"
let c: Character = word.first!
var counts: [Character: Int] = [:]
for ch in word { counts[ch] = (counts[ch] ?? 0) + 1 }
print(c, counts["e"]!, counts["d"]!, word.filter { $0 != "e" }, word.contains { $0 == "s" })
print(word.map { String($0).uppercased() }.joined(), word.sorted().first!, word.count(where: { $0 == "e" }))
print(word.allSatisfy { $0 != "x" })
// expect: d 2 1 dscnt true
// expect: DESCENT c 2
// expect: true
