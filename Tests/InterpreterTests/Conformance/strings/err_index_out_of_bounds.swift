let s = "abc"
print(s[s.startIndex])
let end = s.index(after: s.index(s.startIndex, offsetBy: 2))
print(s[end])
// expect: a
// expect error: 4:7 String index is out of bounds
