protocol Shape { var area: Double { get } }
struct Sq: Shape { var s: Double; var area: Double { s * s } }
struct Circle: Shape { var r: Double; var area: Double { 3 * r * r } }
struct Box<T> { var item: T; func get() -> T { item } }
struct Pair<T> { var a: T, b: T }
extension Shape {
    func boxed() -> Box<Self> { Box(item: self) }
    func paired() -> Pair<Self> { Pair(a: self, b: self) }
    func twice() -> [Self] { [self, self] }
}
let b = Sq(s: 3).boxed()
print(type(of: b), b.get().area, b.item.s)
let c = Circle(r: 1).boxed()
print(type(of: c), c.get().r)
let p: Pair<Sq> = Sq(s: 2).paired()
print(p.a.area + p.b.area, Circle(r: 2).twice().count)
let shapes: [any Shape] = [Sq(s: 1), Circle(r: 1)]
print(shapes.map { $0.area })
// expect: Box<Sq> 9.0 3.0
// expect: Box<Circle> 1.0
// expect: 8.0 2
// expect: [1.0, 3.0]
