import Optim
struct Armijo: LineSearch {
    var c = 1e-4
}
// expect error: 2:8 type 'Armijo' does not conform to protocol 'LineSearch'
