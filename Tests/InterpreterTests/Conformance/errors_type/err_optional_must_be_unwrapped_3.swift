let x: Double? = 2
let y = 1 + x
// expect error: 2:13 value of optional type 'Double?' must be unwrapped to a value of type 'Double'
