protocol Metric {
    static func mean(of points: [Self]) -> Self
    func distance(to other: Self) -> Double
}
struct P: Metric {
    var x: Double
    static func mean(of points: [P]) -> P { P(x: points.map(\.x).reduce(0, +) / Double(points.count)) }
    func distance(to o: P) -> Double { abs(x - o.x) }
}
struct KMeans<T: Metric> {
    var centres: [T]
    func nearest(_ p: T) -> Int { p.distance(to: centres[0]) < p.distance(to: centres[1]) ? 0 : 1 }
    func labels(_ points: [T]) -> [Int] { points.map { nearest($0) } }
}
let km = KMeans(centres: [P(x: 0), P(x: 5)])
print(km.labels([P(x: 1), P(x: 4)]))
func total<U: Metric>(_ pts: [U], _ model: KMeans<U>) -> Int { pts.map { model.nearest($0) }.reduce(0, +) }
print(total([P(x: 1)], km))
// expect: [0, 1]
// expect: 0
