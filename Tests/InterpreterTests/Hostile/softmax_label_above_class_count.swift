// A label ≥ classCount indexed past the logits.
let d = try Dataset(features: Matrix([[1.0], [2.0]]), labels: [0, 2])
let m = SoftmaxRegression(data: d, classCount: 2)
// expect error: 3:9 SoftmaxRegression with 2 classes needs labels 0..<2, sample 1 has 2.0
