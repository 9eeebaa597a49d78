let n = 3
let frac: Double = 3 / n
// expect error: 2:22 cannot convert value of type 'Int' to specified type 'Double'
