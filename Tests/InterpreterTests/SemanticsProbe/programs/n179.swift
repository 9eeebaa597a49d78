extension Dictionary where Value == Int { mutating func inc(_ k: Key) { self[k, default: 0] += 1 } }
var d: [String: Int] = [:]
d.inc("a"); d.inc("a"); d.inc("b")
print(d.sorted { $0.key < $1.key })
