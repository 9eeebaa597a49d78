// The parameters are priced against the array-size cap before they are allocated.
let d = try Dataset(features: Matrix([[1.0], [2.0]]), labels: [0, 1])
let m = MLPClassifier(data: d, hiddenSizes: [1_000_000_000_000])
// expect error: 3:9 array size limit
