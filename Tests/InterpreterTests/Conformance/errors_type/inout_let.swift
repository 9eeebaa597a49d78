func bump(_ n: inout Int) { n += 1 }
let k = 1
bump(&k)
// expect error: 3:7 cannot assign to value: 'k' is a 'let' constant
