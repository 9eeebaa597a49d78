class Point: CustomStringConvertible {
    var x: Double, y: Double
    init(x: Double, y: Double) { self.x = x; self.y = y }
    var description: String { "(\(x), \(y))" }
}
class Labelled: Point {
    var label = "P"
    override var description: String { label + super.description }
}
let p = Point(x: 1, y: 2)
let q = Labelled(x: 3, y: 4)
let all: [Point] = [p, q]
print(p, q)
print(all)
print("q is \(q)")
// expect: (1.0, 2.0) P(3.0, 4.0)
// expect: [(1.0, 2.0), P(3.0, 4.0)]
// expect: q is P(3.0, 4.0)
