struct Point { var x = 1 }
print(String(Point()))
// expect error: 2:7 no exact matches in call to initializer
