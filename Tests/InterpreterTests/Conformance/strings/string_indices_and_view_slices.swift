let s = "héllo 🙂!"
print(s.indices.count, "".indices.count, "".indices.isEmpty, type(of: s.indices))
for i in s.indices where s[i] != "l" { print(s[i], terminator: "") }
print()
print(s.indices.map { s[$0] }, s.indices.filter { s[$0].isLetter }.count)
print(s.indices.contains(s.startIndex), s.indices.contains(s.endIndex), s.indices.first == s.startIndex)
print(Array(s.indices.reversed()).map { String(s[$0]) }.joined())
let combined = "e\u{301}x"
print(combined.indices.count, combined.utf8.count, combined.unicodeScalars.count)
print(Array(s.utf8.prefix(3)), Array(s.utf8.dropFirst(9)), s.utf8.suffix(4).count)
print(s.unicodeScalars.dropFirst().map { $0.value }, Array(s.unicodeScalars.dropLast(3)).count)
print(Array(s.utf16.suffix(3)), s.utf16.prefix(100).count, Array("".utf8.prefix(2)))
for b in "abc".utf8.dropLast() { print(b, terminator: ",") }
print()
print(s.utf8.prefix(2).map { Int($0) }.reduce(0, +), s.unicodeScalars.suffix(1).first!.properties.isEmoji)
// expect: 8 0 true DefaultIndices<String>
// expect: héo 🙂!
// expect: ["h", "é", "l", "l", "o", " ", "🙂", "!"] 5
// expect: true false true
// expect: !🙂 olléh
// expect: 2 4 3
// expect: [104, 195, 169] [153, 130, 33] 4
// expect: [233, 108, 108, 111, 32, 128578, 33] 5
// expect: [55357, 56898, 33] 9 []
// expect: 97,98,
// expect: 299 false
