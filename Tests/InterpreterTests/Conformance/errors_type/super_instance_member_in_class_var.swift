class Optimizer {
    var rate = 0.1
}
class Momentum: Optimizer {
    class var base: Double { super.rate }
}
// expect error: 5:30 instance member 'rate' cannot be used on type 'Optimizer'
