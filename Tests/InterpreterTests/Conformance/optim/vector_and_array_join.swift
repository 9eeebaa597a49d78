// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
let v: Vector = [3, 4]
let w: [Double] = [1, 1]
print(v + w, w + v, v + [1.0, 2.0], type(of: v + w))
// expect: [3.0, 4.0, 1.0, 1.0] [1.0, 1.0, 3.0, 4.0] [4.0, 6.0] Array<Double>
