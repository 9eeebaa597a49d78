// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
let wavy = WavyLine(c: .pi)
print(wavy)
// expect error: 3:25 extra argument 'c' in call
