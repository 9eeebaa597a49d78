// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
let r = minimize(Rosenbrock(), from: [0, 0], using: Adam(lr: 0.1), steps: 10)
print(r.finalLoss)
// expect error: 3:9 call can throw but is not marked with 'try'
