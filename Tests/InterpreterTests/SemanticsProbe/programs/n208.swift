var d = ["a": 1, "b": 2]
for (k, v) in d.sorted(by: { $0.key < $1.key }) { d[k + k] = v * 2 }
print(d.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
var s: Set = [1, 2]
for x in s.sorted() { s.insert(x + 10) }
print(s.sorted())
