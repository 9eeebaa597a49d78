struct Diagonal<T: BinaryFloatingPoint> { var eigenvalues: [T] }
func total<T: FloatingPoint>(_ xs: [T]) -> T { xs.reduce(0, +) }
let k = 2.0
let d = Diagonal(eigenvalues: [1, (1 + k) / 2, k])
print(d)
print(total([1, k * 3]))
// expect: Diagonal<Double>(eigenvalues: [1.0, 1.5, 2.0])
// expect: 7.0
