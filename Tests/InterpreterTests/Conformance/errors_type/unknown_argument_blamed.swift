import Optim
let optimizer = try Adam(lr: rate, eps: 1e-8)
// expect error: 2:30 cannot find 'rate' in scope
