import Foundation
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < .ulpOfOne, (0.1 + 0.2).isEqual(to: 0.3))
print(1.0.nextUp, 1.0.nextDown, 0.0.nextUp, Double.pi.ulp, 100.0.squareRoot(), 2.0.squareRoot())
print((-8.0).squareRoot().isNaN, Double.nan.isNaN, (1.0 / 0.0).isInfinite, 5.0.sign == .plus, (-0.0).sign)
print(Float.nan.isNaN, Float(1) / 0, -1 / Float(0))
