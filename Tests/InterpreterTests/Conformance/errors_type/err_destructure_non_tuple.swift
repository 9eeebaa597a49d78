let p = 3
let (a, b) = p
// expect error: 2:14 cannot convert value of type 'Int' to specified type '(_, _)'
