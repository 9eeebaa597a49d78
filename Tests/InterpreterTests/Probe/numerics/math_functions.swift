import Foundation
print(sqrt(2.0))
print(pow(2.0, 10.0))
print(exp(1.0))
print(log(10.0))
print(log10(1000.0))
print(sin(0.0), cos(0.0))
print(atan2(1.0, 1.0) * 4)
