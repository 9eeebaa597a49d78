struct Adam {
    var lr: Double
    var beta1: Double
    var t: Int
    init(lr: Double) {
        self.lr = lr
        beta1 = 0.9
        t = 0
    }
}
let opt = Adam(lr: 0.01)
print(opt.lr, opt.beta1, opt.t)
// expect: 0.01 0.9 0
