struct Point {
    var x: Double
    var y: Double
}
let p = Point(x: 1, y: 2.5)
print(p.x, p.y, p)
// expect: 1.0 2.5 Point(x: 1.0, y: 2.5)
