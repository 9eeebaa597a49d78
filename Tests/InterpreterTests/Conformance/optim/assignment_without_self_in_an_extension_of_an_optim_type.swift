// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
extension Adam {
    mutating func decay(_ f: Double) { lr *= f }
}
var a = try Adam(lr: 1)
a.decay(0.5)
print(a.lr)
extension Double {
    mutating func halve() { self /= 2 }
}
var x = 3.0
x.halve()
print(x)
extension Adam {
    mutating func reset() { lr = 0.001 }
}
a.reset(); print(a.lr)
// expect: 0.5
// expect: 1.5
// expect: 0.001
