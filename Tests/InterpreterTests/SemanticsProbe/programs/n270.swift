func divmod(_ a: Int, _ b: Int) -> (q: Int, r: Int) { (a / b, a % b) }
let r = divmod(17, 5)
let (q, rem) = divmod(9, 4)
var t: (q: Int, r: Int) = r
t.q += 1
print(r, q, rem, t, [r, t], Optional(r) as Any)
