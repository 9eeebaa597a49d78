func step(_ x: inout Double, gradient: Double, lr: Double) { x -= lr * gradient }
func normalize(_ v: inout [Double]) {
    let total = v.reduce(0, +)
    for i in v.indices { v[i] /= total }
}
struct Pair { var a: Int; var b: Int }
func bump(_ n: inout Int) { n += 1 }
var w = 1.0
for _ in 0..<3 { step(&w, gradient: 2 * w, lr: 0.25) }
print(w)
var xs = [1.0, 3.0]
normalize(&xs)
print(xs)
var p = Pair(a: 1, b: 2)
bump(&p.b)
var counts = [0, 0]
bump(&counts[1])
print(p.b, counts)
var (u, v) = (1, 2)
swap(&u, &v)
print(u, v)
// expect: 0.125
// expect: [0.25, 0.75]
// expect: 3 [0, 1]
// expect: 2 1
