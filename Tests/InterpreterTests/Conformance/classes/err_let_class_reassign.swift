class Model { var w = 1.0 }
let m = Model()
m = Model()
// expect error: 3:1 cannot assign to value: 'm' is a 'let' constant
