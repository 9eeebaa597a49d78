struct Point {
    var x: Double
    var y: Double
}
var p = Point(x: 1, y: 2)
p.x += 3
print(p.x, p.y)
print(p)
