import Foundation
print(String(format: "%.2f", -0.001))
print(String(format: "%.1f", -0.04))
print(String(format: "%+.2f", 3.0))
print(String(format: "% .2f", 3.0))
