// Training on no samples divided by zero on the way to the first batch.
let d = try Dataset(features: Matrix([[1.0], [2.0]]), labels: [0, 1])
let empty = d.subset([])
let run = try train(SoftmaxRegression(data: empty, classCount: 2), testData: d, using: SGD(lr: 0.1),
                    epochs: 1, batchSize: 2, seed: 1)
// expect error: 4:15 train needs at least one training sample
