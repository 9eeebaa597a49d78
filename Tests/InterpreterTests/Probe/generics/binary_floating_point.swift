func midpoint<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T { (a + b) / 2 }
print(midpoint(1.0, 2.0))
let f: Float = midpoint(1, 4)
print(f)
