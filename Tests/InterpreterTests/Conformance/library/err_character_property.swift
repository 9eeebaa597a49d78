let s = "ab"
print(s.first!.isLetter)
let t = s.dropFirst()
print(s.isLetter)
// expect error: 4:7 'isLetter' is a property of a Character
