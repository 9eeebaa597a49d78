// drop(while:) and prefix(while:) give Substrings.
let label = "Class-07: Dog (domestic)"
let inner = label.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }
print(inner, type(of: inner))
let digits = "123abc".prefix(while: { $0.isNumber })
print(digits, Int(digits)!, "   indented".drop(while: { $0 == " " }))
// expect: domestic Substring
// expect: 123 123 indented
