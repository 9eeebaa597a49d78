protocol Metric {
    func distance(to other: Self) -> Double
}
struct P: Metric {
    var x: Double
    func distance(to o: P) -> Double { abs(x - o.x) }
}
struct Box<T: Metric> {
    var c: T
    func near(_ p: T) -> Double { p.distance(to: c) }
}
func total<U: Metric>(_ p: U, _ model: Box<U>) -> Double { model.near(p) }
print(total(P(x: 1), Box(c: P(x: 0))))
// expect: 1.0
