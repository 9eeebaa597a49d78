// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
let o = BFGS(lineSearch: .wolfe)
print(o.lr)
// expect error: 3:27 type 'any LineSearch' has no member 'wolfe'
