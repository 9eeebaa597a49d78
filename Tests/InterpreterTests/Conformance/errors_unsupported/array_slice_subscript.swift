let xs = [10, 20, 30, 40]
let s = xs[1...2]
print(s[1])
// expect error: 3:7 not supported in experiment blocks: a subscript on an 'ArraySlice'
