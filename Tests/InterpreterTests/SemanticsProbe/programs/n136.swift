import Foundation
print(1.0e-7, 0.00001, 0.0001, 123e-10, 1.0e-300 * 1e-300, 4.9e-324)
print(1234.5678e10, 12345678901234567890.0, 0.1e16, 2e15, 2.5e16)
print(Float(1e-5), Float(0.00012), Float(1e8), Float(1.1e7), Float(123456789))
print(Float(0.1) + Float(0.7), Float(16777216) + 1, Float(3.4e38) * 10)
