enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
}
func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r): return 3.0 * r * r
    case let .rectangle(w, h): return w * h
    }
}
print([Shape.circle(radius: 2), .rectangle(width: 2, height: 5)].map(area))
