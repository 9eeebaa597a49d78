// interpreter-only
import Optim
let eigs: [Double] = [1, 4, 9]
let q = Quadratic(diagonal: eigs)
let q2 = try Quadratic([[2, 1], [1, 2]], b: [1, -1])
let start: [Double] = [1, 1, 1]
print(q.dimension, try q.value(at: Vector(start)), try q2.minimizer())
print(gradient(of: { x in x[0] * x[0] + 3 * x[1] }, at: [2.0, 1.0]))
let point: [Double] = [2, 1]
print(gradient(of: { x in x[0] * x[1] }, at: point))
print(Matrix(diagonal: eigs), Matrix(diagonal: Vector([1, 2])).trace, Vector(zeros: 3))
expect(try q2.minimizer(), approx: [-1, 1], tol: 1e-12)
// expect: 3 7.0 [-0.9999999999999999, 1.0000000000000002]
// expect: [4.0, 3.0]
// expect: [1.0, 2.0]
// expect: [[1.0, 0.0, 0.0], [0.0, 4.0, 0.0], [0.0, 0.0, 9.0]] 3.0 [0.0, 0.0, 0.0]
