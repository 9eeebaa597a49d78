// interpreter-only
import Optim
let adam = try Adam(lr: 0.1)
adam.lr = 0.5
// expect error: 4:6 cannot assign to property: 'adam' is a 'let' constant
