var totals = [0, 0] { didSet { print(totals) } }
func addBoth(_ a: inout Int, _ b: inout Int) { a += 1; b += 1 }
addBoth(&totals[0], &totals[1])
// expect error: 3:21 inout writeback to computed property 'totals' occurs in multiple arguments to call, introducing invalid aliasing
