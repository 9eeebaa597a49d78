import Foundation
print(String(format: "%.1f", 0.05), String(format: "%.1f", 0.15), String(format: "%.1f", 0.25), String(format: "%.1f", 0.35))
print(String(format: "%.2f", Double.nan), String(format: "%.2f", Double.infinity), String(format: "%f", -0.0))
print(String(format: "%05d", -42), String(format: "%x", -1), String(format: "%o", 64))
