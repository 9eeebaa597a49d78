let t = (f: { (x: Double) in x * 2 }, n: 3)
print(t.f(4), t.n)
let u = ({ 7 }, 1)
print(u.0())
func counterPair() -> (inc: () -> Int, get: () -> Int) { var n = 0; return ({ n += 1; return n }, { n }) }
let c = counterPair()
print(c.inc(), c.get())
// expect: 8.0 3
// expect: 7
// expect: 1 1
