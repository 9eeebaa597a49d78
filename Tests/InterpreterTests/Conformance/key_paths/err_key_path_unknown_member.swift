struct P { var n: Int }
let ps = [P(n: 1)]
print(ps.map(\.m))
// expect error: 3:14 value of type 'P' has no member 'm'
