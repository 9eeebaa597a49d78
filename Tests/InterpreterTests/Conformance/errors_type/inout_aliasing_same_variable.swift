func f(_ a: inout Int, _ b: inout Int) { a += 1; b += 1 }
var x = 1
f(&x, &x)
// expect error: 3:7 inout arguments are not allowed to alias each other
