let a = [Float(0.1), 1.5]
print(a)
let c: [Float] = [1, 2.5]
print(c.reduce(0, +))
let d = [1.5, Float(2)]
print(d)
let n: UInt8 = 7
print([n, 200], [3, n])
let h = 0.5
print([1, Double.nan].count, [2, h], [h, 3])
// expect: [0.1, 1.5]
// expect: 3.5
// expect: [1.5, 2.0]
// expect: [7, 200] [3, 7]
// expect: 2 [2.0, 0.5] [0.5, 3.0]
