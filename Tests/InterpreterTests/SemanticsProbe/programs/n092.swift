class Counter { var count = 0; func inc() -> Counter { count += 1; return self } }
let c = Counter()
c.inc().inc().inc()
print(c.count)
struct SC { var count = 0; mutating func inc() { count += 1 } }
var s = SC(); var t = s; s.inc(); s.inc(); t.inc()
print(s.count, t.count)
let arrC = [Counter(), Counter()]
arrC.forEach { $0.count = 9 }
print(arrC.map { $0.count })
