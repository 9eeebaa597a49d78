import Foundation
struct Matrix {
  var rows: Int, cols: Int, data: [Double]
  init(_ r: Int, _ c: Int) { rows = r; cols = c; data = Array(repeating: 0, count: r * c) }
  subscript(r: Int, c: Int) -> Double { get { data[r * cols + c] } set { data[r * cols + c] = newValue } }
}
var m = Matrix(2, 2)
m[0, 0] = 1.5; m[1, 1] = 2; m[0, 1] += 3
let m2 = m
m[1, 0] = 7
print(m.data, m2.data)
