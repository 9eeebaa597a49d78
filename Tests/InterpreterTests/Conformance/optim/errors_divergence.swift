// interpreter-only
import Optim
let objective = Quadratic(diagonal: [1, 1])
let run = try minimize(objective, from: [1, 1], using: try SGD(lr: 3), steps: 100)
// expect error: 4:15 diverged at step
