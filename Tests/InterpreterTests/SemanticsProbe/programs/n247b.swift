import Foundation
print(pow(2.0, 0.5) * pow(2.0, 0.5), exp(log(10.0)), sin(Double.pi), cos(Double.pi / 2), tan(Double.pi / 4))
print(log1p(1e-10), expm1(1e-10), asin(1.0), acos(-1.0), atan(1.0) * 4, sinh(1.0), tanh(0.5))
print(floor(-0.5), ceil(-0.5), round(0.5), trunc(-1.7))
