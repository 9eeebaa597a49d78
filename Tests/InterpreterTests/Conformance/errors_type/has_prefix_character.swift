let s = "ab"
let c: Character = "x"
print(s.hasPrefix(c))
// expect error: 3:19 cannot convert value of type 'Character' to expected argument type 'String'
