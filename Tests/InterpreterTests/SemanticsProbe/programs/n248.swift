import Foundation
print(pow(Float(2), Float(0.5)), sqrt(Float(3)), exp(Float(1)), log(Float(10)), sin(Float(1)))
print(Float(Double.pi), Float(2.0 / 3.0), Float(1e-45), Float(1.17549435e-38))
