struct Inner { var value = 0 }
struct Outer { var inner = Inner() }
let outer = Outer()
outer.inner.value = 3
// expect error: 4:13 cannot assign to property: 'outer' is a 'let' constant
