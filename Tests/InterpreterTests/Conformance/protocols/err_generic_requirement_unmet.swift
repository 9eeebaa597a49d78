protocol Scheme { func apply<T: BinaryFloatingPoint>(_ x: T) -> T }
struct Twice: Scheme { func apply(_ x: Double) -> Double { 2 * x } }
print(Twice().apply(1.0))
// expect error: 2:8 type 'Twice' does not conform to protocol 'Scheme'
