protocol Polygon {
    var sides: [Double] { get }
}
extension Polygon {
    var perimeter: Double { sides.reduce(0, +) }
    func isRegular() -> Bool { sides.allSatisfy { $0 == sides[0] } }
}
struct Tri: Polygon { var sides: [Double] }
let t = Tri(sides: [3, 4, 5])
let e = Tri(sides: [2, 2, 2])
print(t.perimeter, t.isRegular(), e.isRegular())
// expect: 12.0 false true
