let xs = [10, 20, 30, 40]
var tail = xs.dropFirst(2)
for i in tail.indices { print(i) }
// expect error: 3:15 not supported in experiment blocks: 'indices' on an 'ArraySlice'
