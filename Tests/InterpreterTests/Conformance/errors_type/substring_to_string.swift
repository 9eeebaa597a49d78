let s = "xyz"
let sub: Substring = s.dropFirst()
let t: String = sub
print(t)
// expect error: 3:17 cannot convert value of type 'Substring' to specified type 'String'
