let s = "naïve"
var i = s.startIndex
var out = ""
while i < s.endIndex {
    out = String(s[i]) + out
    i = s.index(after: i)
}
print(out, i == s.endIndex, s.startIndex != s.endIndex, s.startIndex >= s.endIndex)
let empty = ""
print(empty.startIndex == empty.endIndex)
// expect: evïan true true false
// expect: true
