var log: [String] = []
func i(_ n: Int) -> Int { log.append("\(n)"); return n }
func upd(_ x: inout Int, _ v: Int) { x += v }
var a = [0, 0, 0]
upd(&a[i(1)], i(2))
print(a, log)
