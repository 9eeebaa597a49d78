func f(_ x: Double) {}
let o: Double? = 1
f(o)
// expect error: 3:3 value of optional type 'Double?' must be unwrapped to a value of type 'Double'
