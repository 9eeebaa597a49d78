let xs = [10, 20, 30, 40]
let tails = [xs[1...], xs[2...]]
print(tails.map { $0[2] })
// expect error: 2:14 not supported in experiment blocks: an 'ArraySlice' here
