struct P { var x: Double; var n: Int }
let pts = [P(x: 1.5, n: 1), P(x: 2.25, n: 2)]
print(pts.reduce(0) { $0 + $1.x })
print(pts.reduce(0) { $0 + $1.n })
print(pts.reduce(0) { acc, p in acc + p.x * p.x })
print(pts.map(\.x).reduce(0, +))
let t = 3
print(Double(min(t, 10)), Double(max(t, 1)))
print([1, 2].reduce(0) { $0 + Double($1) / 2 })
let u = 2.5
print(Double(max(t, 1)) * u, min(u, 1), max(1, 2), min(t, 2), max(u, 3.5))
let d: Double = max(1, 2)
print(d, Double(min(2, 3)))
// expect: 3.75
// expect: 3
// expect: 7.3125
// expect: 3.75
// expect: 3.0 3.0
// expect: 1.5
// expect: 7.5 1.0 2 2 3.5
// expect: 2.0 2.0
