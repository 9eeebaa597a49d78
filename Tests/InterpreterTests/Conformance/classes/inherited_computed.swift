class Rect {
    var w: Double, h: Double
    init(w: Double, h: Double) { self.w = w; self.h = h }
    var area: Double { w * h }
    var perimeter: Double { 2 * (w + h) }
}
class Square: Rect {
    init(side: Double) { super.init(w: side, h: side) }
}
let s = Square(side: 3)
print(s.area, s.perimeter, s.w)
// expect: 9.0 12.0 3.0
