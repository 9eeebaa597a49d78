let s = "Gradient"
print(s.uppercased(), s.lowercased())
print(s.hasPrefix("Gra"), s.hasSuffix("x"), s.contains("dien"))
// expect: GRADIENT gradient
// expect: true false true
