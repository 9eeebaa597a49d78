import Optim
let optimizer = try Adam(learningRate: 0.01)
// expect error: 2:40 did you mean 'lr'?
