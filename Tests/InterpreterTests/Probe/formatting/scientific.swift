import Foundation
let small = 0.000123456
let large = 6.02214076e23
print(String(format: "%e", small))
print(String(format: "%.3e", large))
print(String(format: "%g", small))
print(String(format: "%g", 1234567.0))
