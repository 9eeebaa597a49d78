// Code may nest as deeply in a debug build of weave as in a release build (swift-syntax's
// default limit differs between the two).
let deep = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1 + 1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
let f = { (a: Int) in { (b: Int) in { (c: Int) in { (d: Int) in { (e: Int) in a + b + c + d + e } } } } }
print(deep, f(1)(2)(3)(4)(5))
// expect: 2 15
