// Number literals in collection literals take the type of an element not built of literals.
let k = 2.0, n = 3
let xs = [1, k * 2], ys = [0, (1 + k) / 2]
print(xs, ys)
let rows = [[1, 0], [0, k]], ints = [[1, 0], [0, n]]
print(rows, ints)
print([n, 2, n * 2], [1, Float(2.5)], [-1, k], [[1, 2], [3.5, 4]])
let d = ["a": 1, "b": k / 2], e = ["x": 1, "y": n]
print(d["b"]!, d["a"]!, e["y"]!)
print([1 / 2, 3.0 / 4])
let m: [[Double]] = [[1, 0], [0, k]]
print(m, [[1, 0], [0, 1]])
// expect: [1.0, 4.0] [0.0, 1.5]
// expect: [[1.0, 0.0], [0.0, 2.0]] [[1, 0], [0, 3]]
// expect: [3, 2, 6] [1.0, 2.5] [-1.0, 2.0] [[1.0, 2.0], [3.5, 4.0]]
// expect: 1.0 1.0 3
// expect: [0, 0.75]
// expect: [[1.0, 0.0], [0.0, 2.0]] [[1, 0], [0, 1]]
