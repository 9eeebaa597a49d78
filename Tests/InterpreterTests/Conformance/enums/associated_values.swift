enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
    case point
}
func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r): return 3.0 * r * r
    case let .rectangle(w, h): return w * h
    case .point: return 0
    }
}
let shapes: [Shape] = [.circle(radius: 2), .rectangle(width: 3, height: 4), .point]
for s in shapes { print(area(s)) }
print(shapes[1])
// expect: 12.0
// expect: 12.0
// expect: 0.0
// expect: rectangle(width: 3.0, height: 4.0)
