class Loss {
    func value(_ x: Double) -> Double { x * x }
    func report(_ x: Double) -> String { "loss(\(x)) = \(value(x))" }
}
class AbsLoss: Loss {
    override func value(_ x: Double) -> Double { abs(x) }
}
let losses = [Loss(), AbsLoss()]
for l in losses { print(l.report(-3)) }
// expect: loss(-3.0) = 9.0
// expect: loss(-3.0) = 3.0
