let x: Float = 0.1
print(String(format: "%.10f %g %e", x, Float(1) / 3, Float.pi))
// expect: 0.1000000015 0.333333 3.141593e+00
