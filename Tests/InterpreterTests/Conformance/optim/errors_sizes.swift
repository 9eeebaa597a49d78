// interpreter-only
import Optim
let m = Matrix.identity(-1)
// expect error: 3:9 size must not be negative
