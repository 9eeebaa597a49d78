class Base { var v: Int = 0 { didSet { print("Base didSet", v) } } }
class Sub: Base { override var v: Int { didSet { print("Sub didSet", v) } willSet { print("Sub willSet", newValue) } } }
let s = Sub()
s.v = 3
let b: Base = s
b.v += 1
