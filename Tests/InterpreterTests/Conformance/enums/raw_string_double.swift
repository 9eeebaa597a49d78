enum Optimizer: String { case sgd, adam = "Adam", rmsprop }
enum Rate: Double { case slow = 0.001, fast = 0.1 }
print(Optimizer.sgd.rawValue, Optimizer.adam.rawValue, Optimizer.rmsprop.rawValue)
print(Rate.fast.rawValue * 2)
print(Optimizer(rawValue: "Adam")!)
// expect: sgd Adam rmsprop
// expect: 0.2
// expect: adam
