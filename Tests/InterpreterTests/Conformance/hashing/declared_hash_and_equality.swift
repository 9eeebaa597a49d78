struct Point: Hashable {
    var x: Double, y: Double
    var label = ""
    static func == (a: Point, b: Point) -> Bool { a.x == b.x && a.y == b.y }
    func hash(into hasher: inout Hasher) {
        hasher.combine(x)
        hasher.combine(y)
    }
}
var counts: [Point: Int] = [:]
for p in [Point(x: 1, y: 2, label: "a"), Point(x: 1, y: 2, label: "b"), Point(x: 0, y: 0)] { counts[p, default: 0] += 1 }
print(counts[Point(x: 1, y: 2)]!, counts.count)
print(counts.keys.map(\.label).sorted())
let s: Set<Point> = [Point(x: 3, y: 4, label: "p"), Point(x: 3, y: 4, label: "q")]
print(s.count, s.first!.label)
print(Point(x: 1, y: 2).hashValue == Point(x: 1, y: 2, label: "z").hashValue)
var h1 = Hasher(); h1.combine(1.5); h1.combine("a")
var h2 = Hasher(); h2.combine(1.5); h2.combine("a")
print(h1.finalize() == h2.finalize())
print([Point(x: 1, y: 2, label: "m")].contains(Point(x: 1, y: 2)))
print(Set([Point(x: 1, y: 2, label: "m")]).contains(Point(x: 1, y: 2)))
enum Shape: Hashable {
    case circle(Double), square(Double)
    static func == (a: Shape, b: Shape) -> Bool {
        switch (a, b) {
        case let (.circle(x), .circle(y)), let (.square(x), .square(y)): return abs(x - y) < 1e-9
        default: return false
        }
    }
    func hash(into hasher: inout Hasher) {
        switch self {
        case .circle: hasher.combine(0)
        case .square: hasher.combine(1)
        }
    }
}
print(Set([Shape.circle(1), .circle(1 + 1e-12), .square(2)]).count)
struct Wrapper: Hashable { var p: Point; var n: Int }
print(Set([Wrapper(p: Point(x: 1, y: 1, label: "a"), n: 1), Wrapper(p: Point(x: 1, y: 1, label: "b"), n: 1)]).count)
class Base: Hashable {
    let id: Int
    init(id: Int) { self.id = id }
    static func == (a: Base, b: Base) -> Bool { a.id == b.id }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
final class Derived: Base {}
var byNode: [Base: String] = [Base(id: 1): "one"]
byNode[Derived(id: 1)] = "uno"
print(byNode.count, byNode[Base(id: 1)]!)
// expect: 2 2
// expect: ["", "a"]
// expect: 1 p
// expect: true
// expect: true
// expect: true
// expect: true
// expect: 2
// expect: 1
// expect: 1 uno
