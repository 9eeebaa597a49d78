// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
import Optim
let d = try Dataset(features: Matrix([[0.0, 1.0], [1.0, 0.0]]), labels: [0, 1])
let bad = MLPClassifier(data: d, hiddenSizes: [0])
print(bad.layerSizes)
do { print(try bad.checkedParameterCount()) } catch { print("E:", error) }
do { _ = try train(bad, testData: d, using: try SGD(lr: 0.1), epochs: 1, batchSize: 1, seed: 1) } catch { print("T:", error) }
let big = MLPClassifier(data: d, hiddenSizes: [0, 3])
print(big.parameterShapes)
// expect: [2, 0, 2]
// expect: E: invalid argument: MLPClassifier needs positive layer sizes, got [2, 0, 2]
// expect: T: invalid argument: MLPClassifier needs positive layer sizes, got [2, 0, 2]
// expect: [[0, 2], [0], [3, 0], [3], [2, 3], [2]]
