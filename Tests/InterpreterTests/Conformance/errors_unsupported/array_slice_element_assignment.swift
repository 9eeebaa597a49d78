var xs = [1.0, 2.0, 3.0]
var tail = xs[1...]
tail[0] = 5
// expect error: 3:1 not supported in experiment blocks: a subscript on an 'ArraySlice'
