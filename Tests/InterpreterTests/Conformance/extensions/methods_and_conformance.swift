struct Point {
    var x: Double
    var y: Double
}
extension Point {
    var norm: Double { (x * x + y * y).squareRoot() }
    func scaled(by k: Double) -> Point { Point(x: k * x, y: k * y) }
    mutating func flip() { (x, y) = (y, x) }
    static let origin = Point(x: 0, y: 0)
    init(polarRadius r: Double) { self.init(x: r, y: 0) }
}
extension Point: CustomStringConvertible {
    var description: String { "<\(x), \(y)>" }
}
var p = Point(x: 3, y: 4)
print(p.norm, p.scaled(by: 2))
p.flip()
print(p, Point.origin)
// expect: 5.0 <6.0, 8.0>
// expect: <4.0, 3.0> <0.0, 0.0>
