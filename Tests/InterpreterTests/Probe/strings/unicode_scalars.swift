let s = "café"
print(s.count)
print(s.unicodeScalars.count)
print(s.utf8.count)
for scalar in "AZ".unicodeScalars {
    print(scalar.value)
}
