// rows · cols overflowed in the binding's size check.
let m = Matrix(rows: Int.max, cols: 2, scalars: [])
// expect error: 2:9 matrix size 9223372036854775807×2 has more than
