var f = 1
for i in 1...30 { f *= i }
// expect error: 2:21 arithmetic overflow in '*'
