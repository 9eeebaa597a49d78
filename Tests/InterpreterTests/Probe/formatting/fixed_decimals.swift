import Foundation
let values = [3.14159, 2.71828, 1.41421]
for v in values {
    print(String(format: "%.2f", v))
}
print(String(format: "%.0f", 2.5))
print(String(format: "%.3f", -0.0005))
