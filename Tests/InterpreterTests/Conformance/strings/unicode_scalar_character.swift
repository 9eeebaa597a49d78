// Characters made from Unicode scalars.
let letters = (0..<3).map { Character(UnicodeScalar(65 + $0)!) }
print(letters, Character(UnicodeScalar(66)), UnicodeScalar(67) as Any, "abc".unicodeScalars.first!.value)
print(Unicode.Scalar(66) as Any, Character(Unicode.Scalar(68)))
let u: Unicode.Scalar = Unicode.Scalar(67)
print(u, UnicodeScalar(UInt8(69)), Character(UnicodeScalar(70)).isUppercase)
// expect: ["A", "B", "C"] B Optional("C") 97
// expect: Optional("B") D
// expect: C E true
