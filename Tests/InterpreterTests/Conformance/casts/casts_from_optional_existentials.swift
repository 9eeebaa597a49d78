protocol Shape { func area() -> Double }
struct Square: Shape { func area() -> Double { 4 } }
struct Circle: Shape { func area() -> Double { 3 } }
let maybe: (any Shape)? = Square()
if let s = maybe as? Square { print("square", s.area()) }
print(maybe is Square, maybe is Circle)
let shapes: [any Shape] = [Circle(), Square()]
let first = shapes.first as? Square
print(first == nil, (shapes.last as? Square)?.area() as Any)
let none: (any Shape)? = nil
print(none is Square, none as? Square == nil)
switch maybe {
case let s as Square: print("sq", s.area())
case nil: print("nil")
default: print("other")
}
let sq = maybe as! Square
print(sq.area())
let opt: Int? = 3
print(opt as? Int as Any, opt is Int)
// expect: square 4.0
// expect: true false
// expect: true Optional(4.0)
// expect: false true
// expect: sq 4.0
// expect: 4.0
// expect: Optional(3) true
