// A −3×d weight matrix trapped when the parameters were drawn.
let d = try Dataset(features: Matrix([[1.0], [2.0]]), labels: [0, 1])
let m = SoftmaxRegression(data: d, classCount: -3)
// expect error: 3:9 SoftmaxRegression needs classCount ≥ 1, got -3
