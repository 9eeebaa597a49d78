enum Schedule { case constant(Double) }
let g: (Double) -> Schedule = .constant
print(g(1))
// expect error: 2:32 type '(Double) -> Schedule' has no member 'constant'
