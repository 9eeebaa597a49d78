func f(_ x: inout Int) { x += 1 }
var a = 1
f(&a)
// expect error: 1:13 not supported in experiment blocks: 'inout' parameters
