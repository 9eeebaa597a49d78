struct Point { var x = 0, y = 0
  mutating func move(dx: Int) { x += dx }
  func moved(dx: Int) -> Point { var p = self; p.move(dx: dx); return p }
}
var p = Point()
let q = p.moved(dx: 5)
p.move(dx: 1)
var pts = [p, q]
pts[0].move(dx: 10)
print(p, q, pts)
