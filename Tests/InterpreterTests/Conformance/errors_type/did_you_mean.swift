let learningRate = 0.1
let steps = 10
print(learningRat * Double(steps))
// expect error: 3:7 cannot find 'learningRat' in scope; did you mean 'learningRate'?
