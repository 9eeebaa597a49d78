// interpreter-only
import Optim
let a = Matrix([[1, 2], [3, 4]])
let y = a * Vector([1, 2, 3])
// expect error: 4:11 shape mismatch
