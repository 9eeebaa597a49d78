import Foundation
print(1234567.0, 12345678.9, 0.1 + 0.7, 123456789.123456789, 1e21, 1e22, 1.5e300)
print(Float(1234567.0), Float(12345678.9), Float(1e-7), Float(100), Float(0.3) + Float(0.6))
print(5e-324 / 2, Double.ulpOfOne, Float.ulpOfOne, Double.leastNonzeroMagnitude)
print(2.0e-5, 0.0001, 0.001, 9.999999999999999e15, 1e15 + 0.3)
