let s = "abc"
let i = s.index(s.startIndex, offsetBy: 4)
// expect error: 2:9 String index is out of bounds
