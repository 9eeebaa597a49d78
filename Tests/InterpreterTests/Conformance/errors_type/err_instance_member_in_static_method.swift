struct S { var w = 1.0
static func f() -> Double { w } }
// expect error: 2:29 instance member 'w' cannot be used on type 'S'
