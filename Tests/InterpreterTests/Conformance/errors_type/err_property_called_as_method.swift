struct S { var norm: Double = 2 }
let s = S()
print(s.norm())
// expect error: 3:9 cannot call value of non-function type 'Double'
