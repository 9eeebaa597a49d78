// abs, max and min of Float and the fixed-width integers, NaN as Swift orders it.
import Foundation
let x: Float = -2.5
print(abs(x), x.magnitude, sqrt(Float(4)), max(x, 1), min(x, 1))
print(exp(Float(1)), log(Float(2)), pow(Float(2), 3), (x * x).squareRoot())
let y: Int32 = -3
print(abs(y))
let nanF: Float = .nan
print(max(nanF, 1), max(Float(1), nanF), min(Float(2), 1, 3), max(UInt8(3), 9), min(Int16(-4), 2))
print(abs(Int8(-5)), abs(Int64.min + 1))
// expect: 2.5 2.5 2.0 1.0 -2.5
// expect: 2.7182817 0.6931472 8.0 2.5
// expect: 3
// expect: nan 1.0 1.0 9 -4
// expect: 5 9223372036854775807
