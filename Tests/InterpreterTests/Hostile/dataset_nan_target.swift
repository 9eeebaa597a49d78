// Int(NaN) trapped when the model read the labels.
let d = try Dataset(features: Matrix([[1.0], [2.0]]), targets: [0, .nan])
let m = SoftmaxRegression(data: d)
// expect error: 2:13 data set targets must be finite, target 1 is nan
