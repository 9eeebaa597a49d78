import Foundation
let c: Character = "a"
print(c, c.isLetter, c.asciiValue!, Character("Z").isUppercase, Character(UnicodeScalar(66)))
let str = "a1b2"
print(str.filter { $0.isNumber }, str.map { $0.isLetter ? "L" : "D" }, Array(str))
print(String(str.sorted()), str.compactMap { $0.wholeNumberValue })
