// A Character is a type of its own: literals, initialisers, comparisons, properties.
let c: Character = "a"
let d = Character("z")
print(c, d, c < d, c == "a", "a" == c, c != d, type(of: c), "\(c)!", String(c) + "b")
print(c.isLetter, c.isNumber, c.isWhitespace, c.isUppercase, c.isLowercase, c.isPunctuation, c.asciiValue!)
print(c.uppercased(), type(of: c.uppercased()), Character("Q").lowercased(), Character(" ").isWhitespace)
let digit: Character = "7"
print(digit.wholeNumberValue!, Character("f").hexDigitValue!, Character("x").hexDigitValue as Any)
let maybe: Character? = "m"
print(maybe!, [c, d].max()!, max(c, d), ("b", c) < ("b", d))
switch digit {
case "0"..."9": print("a digit")
default: print("not a digit")
}
// expect: a z true true true true Character a! ab
// expect: true false false false true false 97
// expect: A String q true
// expect: 7 15 nil
// expect: m z z true
// expect: a digit
