/// An axis-aligned rectangle in viewBox user units (y grows downwards).
struct Rect: Equatable {
    /// Left edge.
    var x: Double
    /// Top edge.
    var y: Double
    /// Width.
    var width: Double
    /// Height.
    var height: Double

    /// Right edge.
    var maxX: Double { x + width }
    /// Bottom edge.
    var maxY: Double { y + height }

    /// The rectangle grown by `margin` on every side.
    func expanded(by margin: Double) -> Rect {
        Rect(x: x - margin, y: y - margin, width: width + 2 * margin, height: height + 2 * margin)
    }

    /// Whether `point` lies inside or on the boundary.
    func contains(_ point: Point) -> Bool {
        point.x >= x && point.x <= maxX && point.y >= y && point.y <= maxY
    }
}
