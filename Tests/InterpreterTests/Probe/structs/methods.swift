struct Vector2 {
    var x: Double
    var y: Double
    func length() -> Double { (x * x + y * y).squareRoot() }
    mutating func scale(by k: Double) {
        x *= k
        y *= k
    }
}
var v = Vector2(x: 3, y: 4)
print(v.length())
v.scale(by: 2)
print(v.x, v.y, v.length())
