// interpreter-only
import Optim
let digits = try Digits.load()
let (trainSet, testSet) = digits.split(testFraction: 0.2, seed: 1)
print(digits.count, trainSet.count + testSet.count, digits.featureCount, digits.classCount)
let model = MLPClassifier(data: trainSet.subset(Array(0..<200)), hiddenSizes: [16], activation: .relu)
let run = try train(model, testData: testSet, using: try Adam(lr: 0.01), epochs: 2, batchSize: 50, seed: 7)
print(run.stepLosses.count, run.trainAccuracy.count, run.testAccuracy.count, run.snapshots.count)
// expect: 1797 1797 64 10
// expect: 8 3 3 3
