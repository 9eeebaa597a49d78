let s = "abc"
print(type(of: s.utf8))
print(type(of: s.unicodeScalars.dropFirst()))
// expect: UTF8View
// expect: UnicodeScalarView
