struct A { var v = 1 }
var a = A()
a.w = 3
// expect error: 3:3 value of type 'A' has no member 'w'
