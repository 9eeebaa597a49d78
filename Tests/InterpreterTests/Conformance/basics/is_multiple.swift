print(12.isMultiple(of: 4), 10.isMultiple(of: 3))
// expect: true false
