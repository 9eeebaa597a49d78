// (−1)·(−2) = 2 matched the vector's length, then Matrix trapped on the negative size.
let v: Vector = [1, 2]
let m = try Matrix.unvec(v, rows: -1, cols: -2)
// expect error: 3:13 matrix size -1×-2 is negative
