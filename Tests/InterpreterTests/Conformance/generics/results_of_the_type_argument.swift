protocol Shape { var area: Double { get } }
struct Square: Shape { var s: Double; var area: Double { s * s } }
func same<T: Shape>(_ x: T) -> T { x }
func largest<T: Shape>(_ xs: [T]) -> T? { xs.max { $0.area < $1.area } }
print(same(Square(s: 2)).s)
print(largest([Square(s: 1), Square(s: 3)])!.s)
func ranked<T: Shape>(_ xs: [T]) -> [(rank: Int, item: T)] { xs.sorted { $0.area > $1.area }.enumerated().map { (rank: $0.offset + 1, item: $0.element) } }
print(ranked([Square(s: 1), Square(s: 3)]).map { "\($0.rank): \($0.item.s)" })
struct Circle: Shape { var r: Double; var area: Double { 3 * r * r } }
let mixed: [any Shape] = [Square(s: 2), Circle(r: 1)]
func total<T: Shape>(_ xs: [T]) -> Double { xs.reduce(0) { $0 + $1.area } }
print(total([Circle(r: 2)]), mixed.count)
// expect: 2.0
// expect: 3.0
// expect: ["1: 3.0", "2: 1.0"]
// expect: 12.0 2
