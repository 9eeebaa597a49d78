var x = Int.max - 1
x += 1
x += 1
// expect error: 3:3 arithmetic overflow in '+'
