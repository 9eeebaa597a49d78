let s = "a,b"
let sub = s.dropFirst()
print(sub[sub.startIndex])
// expect error: 3:7 a subscript on a 'Substring', whose indices are those of the string it comes from
