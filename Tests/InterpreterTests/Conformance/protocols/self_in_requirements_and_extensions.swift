protocol Shape {
    func scaled(by k: Double) -> Self
    var area: Double { get }
    static func unit() -> Self
}
extension Shape {
    func doubled() -> Self { scaled(by: 2) }
    func isBigger(than other: Self) -> Bool { area > other.area }
}
struct Sq: Shape {
    var s: Double
    func scaled(by k: Double) -> Sq { Sq(s: s * k) }
    var area: Double { s * s }
    static func unit() -> Sq { Sq(s: 1) }
}
struct Circle: Shape {
    var r: Double
    func scaled(by k: Double) -> Self { Self(r: r * k) }
    var area: Double { 3 * r * r }
    static func unit() -> Self { .init(r: 1) }
    func bigger() -> Self { Self.unit().scaled(by: r + 1) }
}
print(Sq(s: 2).scaled(by: 3).area, Sq(s: 1).doubled(), Circle(r: 1).doubled().area)
print(Sq(s: 3).isBigger(than: Sq(s: 2)), Circle(r: 2).bigger())
let shapes: [any Shape] = [Sq(s: 1), Circle(r: 1)]
for s in shapes { print(s.scaled(by: 2).area, s.doubled()) }
func grow<T: Shape>(_ x: T) -> T { x.scaled(by: 10) }
print(grow(Sq(s: 1)), Sq.unit(), Circle.unit())
struct V: Equatable { var x: Double; static let zero = Self(x: 0); static func + (a: Self, b: Self) -> Self { Self(x: a.x + b.x) } }
print(V.zero + V(x: 2), V(x: 1) == .zero)
// expect: 36.0 Sq(s: 2.0) 12.0
// expect: true Circle(r: 3.0)
// expect: 4.0 Sq(s: 2.0)
// expect: 12.0 Circle(r: 2.0)
// expect: Sq(s: 10.0) Sq(s: 1.0) Circle(r: 1.0)
// expect: V(x: 2.0) false
