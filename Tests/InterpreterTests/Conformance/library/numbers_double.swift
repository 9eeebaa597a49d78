let x = 7.5
print(x.remainder(dividingBy: 2), x.truncatingRemainder(dividingBy: 2), (-7.5).remainder(dividingBy: 2))
print(x.addingProduct(2, 3), (1.0).ulp, (1.0).nextUp > 1, Double.zero, Int.zero)
print(fabs(-2.5), trunc(-2.7), trunc(2.7), (0.0).isZero, (8.0).significand)
// expect: -0.5 1.5 0.5
// expect: 13.5 2.220446049250313e-16 true 0.0 0
// expect: 2.5 -2.0 2.0 true 1.0
