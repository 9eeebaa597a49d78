import Foundation
print(min(3, 2), max("a", "b"), max(1, 5, 3), min(1.5, -0.0, 0.0))
print(abs(-5), abs(-2.5), (-7).magnitude, Swift.max(0.0, -0.0), Swift.min(0.0, -0.0))
print([3.0, 1.0].min()!)
