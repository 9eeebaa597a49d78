struct Vec2 {
    var x: Double
    var y: Double
    static func zero() -> Vec2 { Vec2(x: 0, y: 0) }
}
print(Vec2.zero())
// expect: Vec2(x: 0.0, y: 0.0)
