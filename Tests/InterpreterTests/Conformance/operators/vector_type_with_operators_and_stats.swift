import Foundation
struct V2: Hashable, CustomStringConvertible {
    var x, y: Double
    static let zero = V2(x: 0, y: 0)
    static func + (a: V2, b: V2) -> V2 { V2(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: V2, b: V2) -> V2 { V2(x: a.x - b.x, y: a.y - b.y) }
    static func * (k: Double, v: V2) -> V2 { V2(x: k * v.x, y: k * v.y) }
    static func += (a: inout V2, b: V2) { a = a + b }
    static prefix func - (v: V2) -> V2 { V2(x: -v.x, y: -v.y) }
    var norm: Double { (x * x + y * y).squareRoot() }
    var description: String { String(format: "(%.3f, %.3f)", x, y) }
}
func gradient(_ p: V2) -> V2 { V2(x: 2 * p.x, y: 8 * p.y) }
var p = V2(x: 1, y: 1)
var path = [p]
var velocity = V2.zero
for _ in 0..<20 {
    velocity = 0.8 * velocity - 0.05 * gradient(p)
    p += velocity
    path.append(p)
}
print(path.count, p, p.norm < 0.2)
let visited = Set(path.map { V2(x: ($0.x * 10).rounded() / 10, y: ($0.y * 10).rounded() / 10) })
print(visited.count, visited.contains(.zero))
let sortedPath = path.sorted { ($0.norm, $0.x) < ($1.norm, $1.x) }
print(sortedPath.first!, -sortedPath.last!)
struct Stats<T: BinaryFloatingPoint> {
    private(set) var values: [T] = []
    mutating func add(_ v: T) { values.append(v) }
    var mean: T { values.isEmpty ? 0 : values.reduce(0, +) / T(values.count) }
    var variance: T {
        let m = mean
        return values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / T(max(values.count - 1, 1))
    }
}
var s = Stats<Double>()
for v in path.map(\.norm) { s.add(v) }
print(String(format: "%.5f %.5f", s.mean, s.variance), s.values.count)
let lines = ["lr=0.1,steps=100", "lr=0.01,steps=1000", "bad"]
let configs: [[String: String]] = lines.map { line in
    Dictionary(uniqueKeysWithValues: line.split(separator: ",").compactMap { part -> (String, String)? in
        let kv = part.split(separator: "=")
        return kv.count == 2 ? (String(kv[0]), String(kv[1])) : nil
    })
}
for c in configs { print(c.keys.sorted(), Double(c["lr"] ?? "") ?? -1, Int(c["steps"] ?? "0")!) }
// expect: 21 (0.108, 0.054) true
// expect: 17 true
// expect: (0.030, -0.011) (-1.000, -1.000)
// expect: 0.41686 0.11993 21
// expect: ["lr", "steps"] 0.1 100
// expect: ["lr", "steps"] 0.01 1000
// expect: [] -1.0 0
