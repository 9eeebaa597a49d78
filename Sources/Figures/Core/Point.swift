/// A point in viewBox user units (or in data units before scaling).
struct Point: Equatable {
    /// Horizontal coordinate.
    var x: Double
    /// Vertical coordinate.
    var y: Double

    /// Whether both coordinates are finite.
    var isFinite: Bool { x.isFinite && y.isFinite }
}
