typealias Rule = (inout [Double], [Double]) -> Void
func sgd(lr: Double) -> Rule {
    return { p, g in for i in p.indices { p[i] -= lr * g[i] } }
}
func momentum(lr: Double, beta: Double) -> Rule {
    var v: [Double] = []
    return { (p: inout [Double], g: [Double]) in
        if v.isEmpty { v = Array(repeating: 0, count: p.count) }
        for i in p.indices { v[i] = beta * v[i] + g[i]; p[i] -= lr * v[i] }
    }
}
func halve(_ x: inout [Double], _ g: [Double]) { for i in x.indices { x[i] /= 2 } }
let rules: [(String, Rule)] = [("sgd", sgd(lr: 0.1)), ("momentum", momentum(lr: 0.1, beta: 0.9)), ("halve", halve)]
for (name, rule) in rules {
    var p = [1.0, -2.0]
    for _ in 0..<3 { rule(&p, p.map { 2 * $0 }) }
    print(name, p)
}
func apply(_ n: Int, to x: inout Double, _ f: (inout Double) -> Void) { for _ in 0..<n { f(&x) } }
var y = 1.0
apply(3, to: &y) { $0 *= 3 }
print(y)
// expect: sgd [0.512, -1.024]
// expect: momentum [0.06199999999999989, -0.12399999999999978]
// expect: halve [0.125, -0.25]
// expect: 27.0
