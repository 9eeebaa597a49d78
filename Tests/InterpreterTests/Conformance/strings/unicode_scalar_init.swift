let a = Unicode.Scalar(UInt8(65))
print(a, a.value, Character(a), String(Character(a)) + "!")
let e = Unicode.Scalar(UInt32(0xE9))!
print(e, e.properties.isAlphabetic, Unicode.Scalar(UInt32(0xD800)) == nil)
let n = 0x1F600
print(Unicode.Scalar(n)!, Unicode.Scalar(n)!.properties.isEmoji)
for s in "a1 Z".unicodeScalars {
    print(s, s.properties.isAlphabetic, s.properties.isWhitespace, s.properties.isUppercase)
}
// expect: A 65 A A!
// expect: é true true
// expect: 😀 true
// expect: a true false false
// expect: 1 false false false
// expect:   false true false
// expect: Z true false true
