enum Shape { case circle(Double), square(Double) }
func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r): 3.0 * r * r
    case .square(let a): a * a
    }
}
print(area(.circle(2)), area(.square(3)))
// expect: 12.0 9.0
