class A {}
class B: A {}
let a: A = A()
let b = a as! B
// expect error: 4:11 Could not cast value of type 'main.A' to 'main.B'
