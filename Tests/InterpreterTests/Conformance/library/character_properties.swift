let mixed = "a1B2 c3!é"
print(mixed.filter { $0.isNumber }, mixed.filter { $0.isLetter }, mixed.filter { $0.isUppercase })
print(mixed.filter { $0.isWhitespace }.count, mixed.filter { $0.isPunctuation }, mixed.filter { $0.isLowercase })
let c: Character = "7"
print(c.isWholeNumber, c.wholeNumberValue!, c.isASCII, Character("f").hexDigitValue!, Character("x").hexDigitValue == nil)
// expect: 123 aBcé B
// expect: 1 ! acé
// expect: true 7 true 15 true
