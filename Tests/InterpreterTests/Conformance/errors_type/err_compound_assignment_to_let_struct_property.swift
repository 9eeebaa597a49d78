struct P { var a = 1 }
let p = P()
p.a += 1
// expect error: 3:5 left side of mutating operator isn't mutable: 'p' is a 'let' constant
