import Optim
import Figures
let y = Figures.minimize(Rosenbrock(), from: [0, 0], using: SGD(), steps: 1)
// expect error: 3:9 module 'Figures' has no member named 'minimize'
