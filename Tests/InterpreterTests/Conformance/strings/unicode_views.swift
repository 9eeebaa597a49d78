let s = "café"
print(s.count, s.unicodeScalars.count, s.utf8.count)
for scalar in "AZ".unicodeScalars {
    print(scalar, scalar.value, scalar.isASCII)
}
print(s.unicodeScalars, s.utf8)
print(s.unicodeScalars.map { $0.value }, Array(s.utf8))
print("é".unicodeScalars.filter { !$0.isASCII }.count, s.utf8.first { _ in true }!)
// expect: 4 4 5
// expect: A 65 true
// expect: Z 90 true
// expect: café café
// expect: [99, 97, 102, 233] [99, 97, 102, 195, 169]
// expect: 1 99
