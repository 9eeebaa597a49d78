let d = ["a": 1.0]
let s = d["a"] * d["a"]
// expect error: 2:10 value of optional type 'Double?' must be unwrapped to a value of type 'Double'
