// 1 + the largest label overflowed, and Int(Double(Int.max)) trapped.
let d = try Dataset(features: Matrix([[1.0], [2.0]]), labels: [0, Int.max])
let m = SoftmaxRegression(data: d)
// expect error: 2:13 class labels must lie in 0..<9007199254740992
