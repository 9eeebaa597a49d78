let s = "ab"
print(s.first!.isLetter)
let t = s.dropFirst()
print(s.isLetter)
// expect error: 4:9 value of type 'String' has no member 'isLetter'
