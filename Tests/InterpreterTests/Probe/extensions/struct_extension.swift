struct Point { var x: Double; var y: Double }
extension Point {
    static let origin = Point(x: 0, y: 0)
    func distance(to other: Point) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }
}
print(Point(x: 3, y: 4).distance(to: .origin))
