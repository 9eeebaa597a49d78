import Optim
struct S: Optim.Equatable {}
// expect error: 2:17 no type named 'Equatable' in module 'Optim'
