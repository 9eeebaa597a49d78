class Shape { func area() -> Double { 0 } }
class Circle: Shape { let r: Double; init(r: Double) { self.r = r }; override func area() -> Double { 3.14 * r * r } }
let s: [Shape] = [Circle(r: 1), Shape(), Circle(r: 2)]
print(s.map { $0.area() }, s.compactMap { $0 as? Circle }.map { $0.r }, s.filter { type(of: $0) == Shape.self }.count)
