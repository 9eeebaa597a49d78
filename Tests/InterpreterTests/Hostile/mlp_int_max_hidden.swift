// The layer's weight count overflowed when the parameters were drawn.
let d = try Dataset(features: Matrix([[1.0], [2.0]]), labels: [0, 1])
let m = MLPClassifier(data: d, hiddenSizes: [Int.max])
// expect error: 3:9 MLPClassifier[1, 9223372036854775807, 2] has more than 9223372036854775807 parameters
