var log: [Int] = []
func f(_ n: Int) -> Int { log.append(n); return n }
let r = f(1) - f(2) - f(3)
let s = f(4) == f(5) || f(6) > f(0)
let t = -f(7) * f(8)
print(r, s, t, log)
