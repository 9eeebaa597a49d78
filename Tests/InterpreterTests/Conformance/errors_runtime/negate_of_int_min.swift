var m = Int.min
m.negate()
// expect error: 2:1 arithmetic overflow in 'negate()'
