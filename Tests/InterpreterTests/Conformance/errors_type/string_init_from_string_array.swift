let xs = ["a", "b"]
print(String(xs))
// expect error: 2:7 no exact matches in call to initializer
