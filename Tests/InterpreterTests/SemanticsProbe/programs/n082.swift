func id<T>(_ x: T) -> T { x }
func pair<T>(_ a: T, _ b: T) -> [T] { [a, b] }
let d: Double = id(3)
print(d, id(3), pair(1, 2.5), pair(1, 2), type(of: pair(1, 2.5)))
func conv<T: BinaryFloatingPoint>(_ x: T) -> T { x / 2 }
print(conv(3), conv(Float(3)), conv(3.0))
