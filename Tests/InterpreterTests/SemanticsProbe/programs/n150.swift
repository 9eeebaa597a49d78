protocol Shape { func area() -> Double }
struct Sq: Shape { var s: Double; func area() -> Double { s * s } }
struct Rc: Shape { var w, h: Double; func area() -> Double { w * h } }
let shapes: [Shape] = [Sq(s: 2), Rc(w: 1, h: 3), Sq(s: 1.5)]
let sorted = shapes.sorted { $0.area() < $1.area() }
print(sorted.map { $0.area() }, sorted.first!, sorted.map { type(of: $0) })
