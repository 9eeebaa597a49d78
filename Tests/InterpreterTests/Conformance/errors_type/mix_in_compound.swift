var total = 0
let x = 0.5
total += x
// expect error: 3:10 cannot convert value of type 'Double' to expected argument type 'Int'
