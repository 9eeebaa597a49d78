let s = "hello"
print(s.dropFirst(), s.prefix(2), s.dropLast(), [s.prefix(2)], s.split(separator: "l"))
debugPrint(s.prefix(2))
