// interpreter-only
import Optim
let a: Matrix = [[4, 1], [1, 3]]
let b = Vector([1, 2])
let x = try a.solve(b)
print(((a * x) - b).norm < 1e-12)
print(Matrix.identity(2) * 3 + a, a.transposed == a, a.trace)
print(Matrix.outer(b, b), Matrix.diag(b).kronecker(Matrix.identity(1)))
var v = Vector(repeating: 1, count: 3)
v[2] = 5
v *= 2
v += Vector([1, 1, 1])
print(v, v.sum, try v.dot(v), -v)
var m = Matrix.zeros(2, 2)
m[0, 1] = 7
print(m.row(0), m.column(1), m.rows, m.cols)
print(try a.symmetricEigen().values.count, try a.determinant())
// expect: true
// expect: [[7.0, 1.0], [1.0, 6.0]] true 7.0
// expect: [[1.0, 2.0], [2.0, 4.0]] [[1.0, 0.0], [0.0, 2.0]]
// expect: [3.0, 3.0, 11.0] 17.0 139.0 [-3.0, -3.0, -11.0]
// expect: [0.0, 7.0] [7.0, 0.0] 2 2
// expect: 2 11.0
