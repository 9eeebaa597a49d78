let s = "héllo😀"
print(s.utf16.count, Array(s.utf16))
for u in s.utf16 where u < 234 { print(u) }
print(s.utf16, s.utf16.map { Int($0) }.reduce(0, +))
var i: String.Index = s.startIndex
i = s.index(after: i)
let j: String.Index? = s.firstIndex(of: "l")
print(s[i], s[j!])
// expect: 7 [104, 233, 108, 108, 111, 55357, 56832]
// expect: 104
// expect: 233
// expect: 108
// expect: 108
// expect: 111
// expect: héllo😀 112853
// expect: é l
