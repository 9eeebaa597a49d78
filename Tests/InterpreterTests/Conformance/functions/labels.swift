func step(from x: Double, by h: Double) -> Double {
    return x + h
}
func area(_ w: Double, _ h: Double) -> Double { w * h }
print(step(from: 1, by: 0.5), area(2, 3))
// expect: 1.5 6.0
