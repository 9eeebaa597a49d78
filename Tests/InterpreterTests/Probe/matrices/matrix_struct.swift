struct Matrix: CustomStringConvertible {
    let rows: Int, cols: Int
    var data: [Double]
    init(rows: Int, cols: Int, fill: Double = 0) {
        self.rows = rows; self.cols = cols
        data = Array(repeating: fill, count: rows * cols)
    }
    subscript(i: Int, j: Int) -> Double {
        get { data[i * cols + j] }
        set { data[i * cols + j] = newValue }
    }
    static func * (a: Matrix, b: Matrix) -> Matrix {
        var c = Matrix(rows: a.rows, cols: b.cols)
        for i in 0..<a.rows { for j in 0..<b.cols { for k in 0..<a.cols { c[i, j] += a[i, k] * b[k, j] } } }
        return c
    }
    var description: String {
        (0..<rows).map { i in (0..<cols).map { j in "\(self[i, j])" }.joined(separator: " ") }.joined(separator: "\n")
    }
}
var m = Matrix(rows: 2, cols: 2)
m[0, 0] = 1; m[0, 1] = 1; m[1, 0] = 1
print(m * m * m)
