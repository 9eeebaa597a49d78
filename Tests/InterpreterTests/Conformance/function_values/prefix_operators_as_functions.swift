let a = [1.0, -2.0, 3.0]
print(a.map(-))
print([true, false].map(!))
print([1, 2].map(-), [5, 6].map(~))
let pairs = zip(a, [0.5, 4.0, 1.0])
print(pairs.map(min))
let f: (Double, Double) -> Double = max
print(f(1, 2))
// expect: [-1.0, 2.0, -3.0]
// expect: [false, true]
// expect: [-1, -2] [-6, -7]
// expect: [0.5, -2.0, 1.0]
// expect: 2.0
