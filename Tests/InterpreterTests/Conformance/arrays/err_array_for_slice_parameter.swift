func total(_ b: ArraySlice<Int>) -> Int { b.reduce(0, +) }
let xs = [1, 2, 3]
print(total(xs[1...]))
print(total(xs))
// expect error: 4:13 cannot convert value of type '[Int]' to expected argument type 'ArraySlice<Int>'
