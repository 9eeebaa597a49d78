struct P { var n: Int; var label: String }
let k = \P.n
let p = P(n: 7, label: "seven")
print(p[keyPath: k])
print(p[keyPath: \P.label])
print(p[keyPath: \.n] + 1)
// expect: 7
// expect: seven
// expect: 8
