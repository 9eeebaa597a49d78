protocol P { var v: Int { get } }
extension P { var v: Int { 1 } }
class Base: P {}
class Sub: Base { var v: Int { 2 } }
let x: P = Sub()
let y: Base = Sub()
print(x.v, y.v, Sub().v)
