class Matrix { var m: [[Int]]; init(_ m: [[Int]]) { self.m = m }
  static func * (a: Matrix, b: Matrix) -> Matrix {
    let n = a.m.count, p = b.m[0].count, k = b.m.count
    var r = Array(repeating: Array(repeating: 0, count: p), count: n)
    for i in 0..<n { for j in 0..<p { for t in 0..<k { r[i][j] += a.m[i][t] * b.m[t][j] } } }
    return Matrix(r) } }
let a = Matrix([[1, 2], [3, 4]])
var r = a
for _ in 0..<4 { r = r * a }
print(r.m, a.m)
