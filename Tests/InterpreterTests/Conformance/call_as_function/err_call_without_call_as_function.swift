struct S { var x = 1 }
let s = S()
print(s(2))
// expect error: 3:7 cannot call value of non-function type 'S'
