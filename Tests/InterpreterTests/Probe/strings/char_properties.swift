let mixed = "a1B2 c3!"
print(mixed.filter { $0.isNumber })
print(mixed.filter { $0.isLetter })
print(mixed.filter { $0.isUppercase })
print(mixed.filter { $0.isWhitespace }.count)
