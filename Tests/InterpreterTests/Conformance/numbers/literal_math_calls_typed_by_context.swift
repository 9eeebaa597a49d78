print(pow(11.0, 2) * 2.5, -pow(2.0, 3), 1 / pow(11.0, 2.0))
let c: Double = 1 / pow(11.0, 2)
let x: Double = sin(.pi / 2)
let t = 0.5
print(c, x, sin(.pi * t), "\(pow(2.0, 3))", Int(pow(2.0, 3)))
// expect: 302.5 -8.0 0.008264462809917356
// expect: 0.008264462809917356 1.0 1.0 8.0 8
