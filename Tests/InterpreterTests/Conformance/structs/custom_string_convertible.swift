struct Point: CustomStringConvertible {
    var x: Double
    var y: Double
    var description: String { "(\(x), \(y))" }
}
let p = Point(x: 1, y: 2.5)
print(p)
print("at \(p)")
print([p, Point(x: 0, y: 0)])
// expect: (1.0, 2.5)
// expect: at (1.0, 2.5)
// expect: [(1.0, 2.5), (0.0, 0.0)]
