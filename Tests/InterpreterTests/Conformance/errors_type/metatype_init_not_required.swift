class A { init() {} }
class B: A {}
let t: A.Type = B.self
let a = t.init()
// expect error: 4:11 constructing an object of class type 'A' with a metatype value must use a 'required' initializer
