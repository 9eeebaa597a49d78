let xs = [1.0]
let m = xs.max() > 0.5
// expect error: 2:12 value of optional type 'Double?' must be unwrapped to a value of type 'Double'
