extension Matrix {
    var trace: Double {
        var t = 0.0
        for i in 0..<rows { t += self[i, i] }
        return t
    }
}
let m = Matrix([[1, 2], [3, 4]])
print(m.trace)
// interpreter-only
// expect: 5.0
