let line = "  Adam, SGD,,RMSprop  "
let parts = line.split(separator: ",")
print(parts.count)
for p in parts { print("[" + String(p) + "]") }
print(line.split(separator: ",", omittingEmptySubsequences: false).count)
let words = "the quick brown fox".split(separator: " ")
print(words.map { String($0) }.joined(separator: "|"))
// expect: 3
// expect: [  Adam]
// expect: [ SGD]
// expect: [RMSprop  ]
// expect: 4
// expect: the|quick|brown|fox
