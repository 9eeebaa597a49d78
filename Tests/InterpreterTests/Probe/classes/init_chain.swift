class Shape {
    var name: String
    init(name: String) { self.name = name }
}
class Square: Shape {
    var side: Double
    init(side: Double) {
        self.side = side
        super.init(name: "square")
    }
    convenience init() { self.init(side: 1) }
    var area: Double { side * side }
}
let s = Square(side: 3)
print(s.name, s.area)
print(Square().area)
