struct Rectangle {
    var width: Double
    var height: Double
    var area: Double { width * height }
    var perimeter: Double {
        get { 2 * (width + height) }
    }
    var isSquare: Bool { width == height }
}
let r = Rectangle(width: 3, height: 4)
print(r.area, r.perimeter, r.isSquare)
