class Step {
    var lr: Double
    init(lr: Double) { self.lr = lr }
}
class Decaying: Step {
    var decay: Double
    init(lr: Double, decay: Double) {
        self.decay = decay
        super.init(lr: lr)
    }
    convenience init() { self.init(lr: 0.1, decay: 0.5) }
    func next() { lr *= decay }
}
let s = Decaying()
s.next(); s.next()
print(s.lr, s.decay)
// expect: 0.025 0.5
