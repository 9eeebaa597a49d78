let d = ["b": 2, "a": 1, "c": 3]
for k in d.keys.sorted() { print(k, d[k]!) }
print(d["z"] as Any, d["z", default: 0], d.count)
var m = d; m["a"] = nil; m["d", default: 0] += 5
print(m.sorted { $0.key < $1.key })
print(d.sorted(by: { $0.value > $1.value }).map { $0.key })
let g = Dictionary(grouping: [1, 2, 3, 4, 5], by: { $0 % 2 })
print(g.keys.sorted().map { g[$0]! })
