print(String([1, 2]))
// expect error: 1:7 no exact matches in call to initializer
