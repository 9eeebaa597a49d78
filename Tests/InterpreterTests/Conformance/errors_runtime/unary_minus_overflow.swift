let m = Int.min
print(-m)
// expect error: 2:7 arithmetic overflow in unary '-'
