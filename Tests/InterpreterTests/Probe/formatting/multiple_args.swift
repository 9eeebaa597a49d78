import Foundation
let name = "Adam"
let lr = 0.001
let steps = 500
print(String(format: "%@ with lr=%.4f for %d steps", name, lr, steps))
