enum E { case a, b }
let e: E = .c
// expect error: 2:13 type 'E' has no member 'c'
