print(1.0, 0.1, 1.5e-7, 123456789.0, 1e16, 2.0 / 3.0)
// expect: 1.0 0.1 1.5e-07 123456789.0 1e+16 0.6666666666666666
print(Double.infinity, -Double.infinity)
// expect: inf -inf
