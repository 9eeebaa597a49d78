let xs = [10, 20, 30, 40]
let tail = { xs.dropFirst() }
print(tail()[1])
// expect error: 2:14 not supported in experiment blocks: an 'ArraySlice' here
