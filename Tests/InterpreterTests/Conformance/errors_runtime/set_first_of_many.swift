let s: Set = [1, 2, 3]
print(s.count)
print(s.first!)
// expect error: 3:7 a Set's first element changes from run to run in Swift
