func midpoint<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T { (a + b) / 2 }
print(midpoint(1.0, 2.0), midpoint(Float(1), Float(2)))
let f: Float = midpoint(1, 4)
print(f)
func total<T: Numeric>(_ xs: [T]) -> T { xs.reduce(0, +) }
let bytes: [UInt8] = [1, 2, 3]
print(total(bytes), total([1.5, 2]))
let fs: [Float] = [0.1, 0.2]
print(total(fs))
func countBits<T: BinaryInteger>(_ x: T) -> Int { x == 0 ? 0 : 1 }
print(countBits(UInt16(9)), countBits(0))
// expect: 1.5 1.5
// expect: 2.5
// expect: 6 3.5
// expect: 0.3
// expect: 1 0
