let s = "optimization"
print(s.prefix(5))
print(s.suffix(4))
print(s.dropFirst(3))
print(s.dropLast(6))
print(String(s.prefix(1)).uppercased() + s.dropFirst())
