// interpreter-only
import Optim
let opt = Adam(lr: 0.1)
// expect error: 3:11 call can throw but is not marked with 'try'
