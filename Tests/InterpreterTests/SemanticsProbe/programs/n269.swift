let d = ["k": 1]
for kv in d { print(kv) }
print(d.first!, d.map { $0 }, Array(d))
let dd = ["a": 1, "b": 2]
print(dd.sorted { $0.key < $1.key }, dd.min { $0.value < $1.value }!)
