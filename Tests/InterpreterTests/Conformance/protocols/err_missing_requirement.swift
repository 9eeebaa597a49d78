protocol Shape {
    func area() -> Double
}
struct Square: Shape {
    var side: Double
}
// expect error: 4:8 type 'Square' does not conform to protocol 'Shape'
