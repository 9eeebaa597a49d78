import Optim
let p = Optim.plot([1.0, 2.0])
// expect error: 2:9 module 'Optim' has no member named 'plot'
