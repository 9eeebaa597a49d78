var log: [String] = []
func k(_ s: String) -> String { log.append("k" + s); return s }
func v(_ n: Int) -> Int { log.append("v\(n)"); return n }
var d: [String: Int] = [:]
d[k("a")] = v(1)
d[k("b"), default: 0] += v(2)
print(log, d.sorted { $0.key < $1.key }.map { $0.value })
