struct M { var a: Double; init(lr: Double = 0.1, momentum: Double = 0) { a = lr + momentum } }
let m = M(0.5, 0.2)
// expect error: 2:10 missing argument labels 'lr:momentum:' in call
