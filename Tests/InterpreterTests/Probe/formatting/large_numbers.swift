import Foundation
print(String(format: "%.2f", 1e10))
print(String(format: "%.1f", 123456789.987))
print(String(format: "%d", Int.max))
print(String(format: "%ld", 1234567890123))
