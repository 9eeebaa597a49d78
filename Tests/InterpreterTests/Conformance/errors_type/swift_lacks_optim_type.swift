import Optim
let v: Swift.Vector = [1]
// expect error: 2:14 no type named 'Vector' in module 'Swift'
