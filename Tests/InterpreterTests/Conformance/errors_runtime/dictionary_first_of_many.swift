let d = ["a": 1, "b": 2]
print(d.count)
print(d.first!)
// expect error: 3:7 a Dictionary's first element changes from run to run in Swift
