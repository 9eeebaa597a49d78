// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
extension Objective {
    var dimension: Int { -1 }
    var isPlanar: Bool { true }
}
print(Rosenbrock().dimension, Rosenbrock().isPlanar)
// expect: 2 true
