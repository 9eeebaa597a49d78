struct S { let a: Int
let b: Int
let c: Int }
let u = S(b: 2, c: 3)
// expect error: 4:11 missing argument for parameter 'a' in call
