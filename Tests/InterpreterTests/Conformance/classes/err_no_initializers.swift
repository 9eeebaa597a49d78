class Model {
    var weights: [Double]
    var bias = 0.0
}
// expect error: 1:7 class 'Model' has no initializers
