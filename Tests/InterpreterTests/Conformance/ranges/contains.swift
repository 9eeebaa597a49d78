let r = 0..<10
print(r.contains(3), r.contains(10), (1...10).contains(10))
// expect: true false true
