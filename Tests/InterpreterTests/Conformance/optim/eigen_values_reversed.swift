// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
let e = try Matrix([[2, 0], [0, 3]]).symmetricEigen()
print(e.values.reversed())
print(type(of: e.values.reversed()))
// expect: ReversedCollection<Vector>(_base: [2.0, 3.0])
// expect: ReversedCollection<Vector>
