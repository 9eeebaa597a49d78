struct Momentum {
    var lr: Double
    init(lr: Double = 0.1, momentum: Double = 0) { self.lr = lr }
}
let m = Momentum(0.5)
print(m.lr)
// expect error: 5:18 missing argument label 'lr:' in call
