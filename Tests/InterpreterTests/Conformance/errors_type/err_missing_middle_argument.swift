struct S { let a: Int
let b: Int
let c: Int }
let u = S(a: 1, c: 3)
// expect error: 4:15 missing argument for parameter 'b' in call
