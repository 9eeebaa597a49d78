protocol Shape { func area(scale: Double) -> Double }
struct Square: Shape {
    func area(by scale: Double) -> Double { scale }
}
// expect error: 3:10 instance method 'area(by:)' has different argument labels from those required by protocol 'Shape' ('area(scale:)')
