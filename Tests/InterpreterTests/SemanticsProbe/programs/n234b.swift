let s = "a,b;c d"
print(s.split(whereSeparator: { ",; ".contains($0) }))
print(s.unicodeScalars.map { $0.value }, Array(s.utf8.prefix(3)))
