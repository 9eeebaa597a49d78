let x = 0.1 + 0.2
print(x)
print(x == 0.3)
print(abs(x - 0.3) < 1e-12)
print(1.0 / 3.0)
print(2.0 / 0.0, -1.0 / 0.0)
