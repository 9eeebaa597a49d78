struct T { var basis: [Int]
func add(_ c: Int) { basis.append(c) } }
// expect error: 2:28 cannot use mutating member on immutable value: 'self' is immutable
