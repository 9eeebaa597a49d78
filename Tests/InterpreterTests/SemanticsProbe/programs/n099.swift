struct V2 { var x, y: Double
  static func + (a: V2, b: V2) -> V2 { V2(x: a.x + b.x, y: a.y + b.y) }
  static func * (a: V2, s: Double) -> V2 { V2(x: a.x * s, y: a.y * s) }
  static prefix func - (a: V2) -> V2 { V2(x: -a.x, y: -a.y) }
  static func += (a: inout V2, b: V2) { a = a + b }
}
var p = V2(x: 1, y: 2)
p += V2(x: 0.5, y: 0.5)
print(p, -p, p * 2 + V2(x: 1, y: 1))
