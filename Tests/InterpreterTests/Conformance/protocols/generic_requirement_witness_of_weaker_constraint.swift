protocol Scheme { func apply<T: BinaryFloatingPoint>(_ x: T) -> T }
struct Twice: Scheme { func apply<T: FloatingPoint>(_ x: T) -> T { x + x } }
let s: any Scheme = Twice()
print(s.apply(1.0), s.apply(Float(2)))
// expect: 2.0 4.0
