for i in 1...3 { print(i, terminator: " ") }
print()
for i in 0..<3 { print(i * i, terminator: " ") }
print()
for i in (1...4).reversed() { print(i, terminator: "") }
print()
