import Foundation
for x in [3.14159265358979, 0.0000001234, 1234567.891, 2.5, -0.5, 1e-7, -1e-7, 123456789.123456789, 0.1 + 0.2, 100.0, 1e15 + 0.3, 0.0000025, 1.2345678e25, -0.0, Double.nan, -Double.infinity, 999999.9999996] {
    print(x.formatted())
}
print(42.formatted(), (-1234567).formatted(), Float(2.5).formatted(), Float(1234.5678).formatted(), UInt8(255).formatted(), Int.min.formatted())
let loss = 0.000123456
print("loss \(loss.formatted())")
// expect: 3.141593
// expect: 0
// expect: 1,234,567.891
// expect: 2.5
// expect: -0.5
// expect: 0
// expect: -0
// expect: 123,456,789.123457
// expect: 0.3
// expect: 100
// expect: 1,000,000,000,000,000.2
// expect: 0.000002
// expect: 12,345,678,000,000,000,000,000,000
// expect: -0
// expect: NaN
// expect: -∞
// expect: 1,000,000
// expect: 42 -1,234,567 2.5 1,234.567749 255 -9,223,372,036,854,775,808
// expect: loss 0.000123
