var n = 1
let f = { [n] in n += 1 }
// expect error: 2:20 left side of mutating operator isn't mutable: 'n' is an immutable capture
