// Characters made from Unicode scalars.
let letters = (0..<3).map { Character(UnicodeScalar(65 + $0)!) }
print(letters, Character(UnicodeScalar(66)), UnicodeScalar(67) as Any, "abc".unicodeScalars.first!.value)
// expect: ["A", "B", "C"] B Optional("C") 97
