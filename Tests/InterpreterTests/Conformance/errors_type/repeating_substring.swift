let t = "ab".dropFirst()
print(String(repeating: t, count: 2))
// expect error: 2:7 no exact matches in call to initializer
