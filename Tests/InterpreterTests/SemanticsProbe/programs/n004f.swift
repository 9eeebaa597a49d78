import Foundation
print(pow(2.0, 10.0), pow(2.0, 0.5), sqrt(2.0), exp(1.0), log(10.0), log10(1000.0), log2(8.0))
print(sin(0.0), cos(0.0), atan2(1.0, 1.0), floor(-2.5), ceil(-2.5), round(-2.5), fabs(-3.0))
print(pow(10.0, -2.0), cbrt(27.0), hypot(3.0, 4.0))
