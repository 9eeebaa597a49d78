import Foundation
print(Double.maximum(0.0, -0.0), Double.minimum(.nan, 2), Double.maximumMagnitude(-3, 2), Double.minimumMagnitude(-3, 2))
print(Double.maximum(.infinity, .nan), Double.minimum(-0.0, 0.0), Double.maximum(1, 2))
print(remainder(-7.0, 2), (-7.0).remainder(dividingBy: 2), remainder(5.5, 2), copysign(3.0, -0.0), fmax(Double.nan, 1), fmin(2.0, 3))
// expect: -0.0 2.0 -3.0 2.0
// expect: inf -0.0 2.0
// expect: 1.0 1.0 -0.5 -3.0 1.0 2.0
