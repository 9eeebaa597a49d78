func bump(_ n: inout Int) { n += 1 }
let k = 1
bump(&k)
// expect error: 3:6 cannot pass immutable value as inout argument: 'k' is a 'let' constant
