let k = -1
let u = UInt(k)
// expect error: 2:9 Not enough bits to represent the passed value
