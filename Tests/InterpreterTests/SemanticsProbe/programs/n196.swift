let s = "hello"
print(s.dropFirst(), s.prefix(2), s.dropLast(), type(of: s.prefix(2)))
