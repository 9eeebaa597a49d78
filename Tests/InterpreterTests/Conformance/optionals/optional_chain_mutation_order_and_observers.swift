func who(_ s: String) -> String { print("eval", s); return s }
var d: [String: [Int]] = [who("k"): [who("v").count]]
d[who("k")]?.append(who("xx").count)
d[who("none")]?.append(who("yy").count)
d[who("none")]? += [who("zz").count]
print(d)
struct P { var xs: [Double] = [1]; var n = 0 { didSet { print("didSet n", oldValue, n) } } }
var p: P? = P()
p?.n += 1
p?.xs[0] *= 3
p?.xs.append(4)
var q: P? = nil
q?.n += 1
q?.xs.append(Double(who("never").count))
print(p!, q as Any)
var ps: [String: P] = ["a": P()]
ps["a"]?.n = 5
ps["b"]?.n = 6
ps["a"]?.xs.sort(by: >)
print(ps)
var counts: [Character: Int] = [:]
for c in "hello" { counts[c, default: 0] += 1 }
counts["l"]? -= 1
print(counts.sorted { $0.key < $1.key })
// expect: eval k
// expect: eval v
// expect: eval k
// expect: eval xx
// expect: eval none
// expect: eval none
// expect: ["k": [1, 2]]
// expect: didSet n 0 1
// expect: P(xs: [3.0, 4.0], n: 1) nil
// expect: didSet n 0 5
// expect: ["a": main.P(xs: [1.0], n: 5)]
// expect: [(key: "e", value: 1), (key: "h", value: 1), (key: "l", value: 1), (key: "o", value: 1)]
