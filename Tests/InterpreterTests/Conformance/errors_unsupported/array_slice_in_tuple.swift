let xs = [10, 20, 30, 40]
let (tail, n) = (xs[1...], 2)
print(tail[1], n)
// expect error: 2:18 not supported in experiment blocks: an 'ArraySlice' here
