let xs = [1e-7, 1.5e-6, 0.00001, 123456.789, 1e16 - 1, 12345678912345678, 0.1 * 0.1]
for x in xs { print(x, terminator: " ") }
print()
print(Float(1e-7), Float(123456.789), Float(0.1) * Float(0.1), Float(1) / Float(7))
