struct Rect {
    var w: Double
    var h: Double
    var area: Double { w * h }
    var perimeter: Double {
        get { 2 * (w + h) }
    }
}
let r = Rect(w: 2, h: 3)
print(r.area, r.perimeter)
// expect: 6.0 10.0
