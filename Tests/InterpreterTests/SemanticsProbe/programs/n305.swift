var log: [String] = []
func k(_ s: String) -> String { log.append(s); return s }
var d: [String: Int] = [:]
d[k("a"), default: 0] += d.count + 1
d[k("b")] = (d[k("a")] ?? 0) + 1
print(d.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" }, log)
