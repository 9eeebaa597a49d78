func sumAll<T: AdditiveArithmetic>(_ xs: T...) -> T { xs.reduce(.zero, +) }
print(sumAll(1, 2, 3), sumAll(1.5, 2), sumAll(Float(1), 2), sumAll(UInt8(200), 55))
let n: Int = .zero
let m: Int? = .max
let counts = [2, 3, 4]
print(n, m!, counts.reduce(.zero, +), counts.reduce(.zero) { $0 + $1 * $1 }, [0.5, 1].reduce(.zero, +))
// expect: 6 3.5 3.0 255
// expect: 0 9223372036854775807 9 29 1.5
