print(1e16, 1e-5, 0.1+0.2, 100.0, -0.0, 5e-324)
print(Double(Int.max), Float(0.1), Float(1)/3)
