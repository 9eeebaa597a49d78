class A { func show<T>(_ x: T) -> String { "A\(x)" } }
class B: A { override func show<T>(_ x: T) -> String { "B\(x)" } }
let a: A = B()
print(a.show(1))
// expect error: 2:14 not supported in experiment blocks: overriding a generic method
