var log: [String] = []
func i(_ n: Int) -> Int { log.append("i\(n)"); return n }
func upd(_ x: inout Int, _ y: Int) { x += y }
var a = [0, 0, 0]
upd(&a[i(1)], i(2))
print(a, log)
struct Acc {
    var total = 0
    mutating func add(_ n: Int, into slot: inout Int) { total += n; slot += n }
}
var accs = [Acc(), Acc()]
var slots = [0, 0]
log = []
accs[i(1)].add(i(5), into: &slots[i(0)])
print(accs.map(\.total), slots, log)
// expect: [0, 2, 0] ["i1", "i2"]
// expect: [0, 5] [5, 0] ["i1", "i5", "i0"]
