for x: Double in [1, 2] { print(x) }
for case let x: Double in [3] { print(x / 2) }
for (i, v): (Int, Double) in [(0, 1), (1, 2)] { print(i, v) }
let ys: [Float] = [1, 2]
for y: Float in ys { print(y / 4) }
// expect: 1.0
// expect: 2.0
// expect: 1.5
// expect: 0 1.0
// expect: 1 2.0
// expect: 0.25
// expect: 0.5
