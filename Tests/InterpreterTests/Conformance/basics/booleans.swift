let t = true
let f = !t
print(t, f, t && f, t || f, !(t && f))
// expect: true false false true true
print(3 == 3, 3 != 3, 2 <= 2, 2 >= 3)
// expect: true false true false
