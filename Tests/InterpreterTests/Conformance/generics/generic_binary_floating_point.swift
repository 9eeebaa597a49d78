func half<T: BinaryFloatingPoint>(_ x: T) -> T { x / 2 }
func mid<T: FloatingPoint>(_ a: T, _ b: T) -> T { (a + b) / 2 }
print(half(3.0), mid(1.0, 2.0))
// expect: 1.5 1.5
