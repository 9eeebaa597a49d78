struct V2 {
    var x: Double, y: Double
    static func + (lhs: V2, rhs: V2) -> V2 { V2(x: lhs.x + rhs.x, y: lhs.y + rhs.y) }
    static func - (lhs: V2, rhs: V2) -> V2 { V2(x: lhs.x - rhs.x, y: lhs.y - rhs.y) }
    static func * (k: Double, v: V2) -> V2 { V2(x: k * v.x, y: k * v.y) }
    static func * (v: V2, k: Double) -> V2 { V2(x: k * v.x, y: k * v.y) }
}
let a = V2(x: 1, y: 2), b = V2(x: 3, y: 5)
let c = a + b - 0.5 * a
let d = b * 2.0
print(c.x, c.y, d.x, d.y)
// expect: 3.5 6.0 6.0 10.0
