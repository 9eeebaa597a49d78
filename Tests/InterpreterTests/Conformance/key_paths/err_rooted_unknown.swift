struct P { var n: Int }
let k = \P.m
// expect error: 2:9 value of type 'P' has no member 'm'
