struct C { var n = 0; mutating func inc() { n += 1 } }
let c = C()
c.inc()
// expect error: 3:3 cannot use mutating member on immutable value: 'c' is a 'let' constant
