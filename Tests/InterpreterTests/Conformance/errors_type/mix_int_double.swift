let i = 2
let d = 1.5
let y = i * d
// expect error: 3:11 binary operator '*' cannot be applied to operands of type 'Int' and 'Double'
