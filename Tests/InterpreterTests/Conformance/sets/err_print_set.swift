let s: Set<Int> = [1, 2, 3]
print(s.count)
print(s)
// expect error: 3:7 a Set prints its elements in an order that changes from run to run in Swift
