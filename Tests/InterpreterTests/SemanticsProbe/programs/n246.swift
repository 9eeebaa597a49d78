import Foundation
print(7.0.truncatingRemainder(dividingBy: -2), (-7.0).remainder(dividingBy: 2), 6.5.remainder(dividingBy: 2), 7.0.remainder(dividingBy: 2))
print(fmod(-7.0, 3), (-0.5).rounded(), (0.5).rounded(.down), (-1.5).rounded(.awayFromZero), (2.5).rounded(.toNearestOrAwayFromZero))
print(Double(5).squareRoot(), (2.0).addingProduct(3, 4), 10.0.magnitude, (-3.7).rounded(.towardZero))
