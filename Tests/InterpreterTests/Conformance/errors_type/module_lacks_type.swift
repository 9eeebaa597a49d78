import Optim
let x: Optim.Foo? = nil
// expect error: 2:14 no type named 'Foo' in module 'Optim'
