/// Samples of a 2-D function on a regular grid over a box; row-major with
/// `values[j * columns + i] = f(x_i, y_j)`. Non-finite samples are stored
/// as ±1e300 so that level comparisons and interpolation stay defined
/// (NaN, from a blown-up loss, counts as "very high").
struct ScalarGrid: Sendable {
    /// Number of samples along x.
    let columns: Int
    /// Number of samples along y.
    let rows: Int
    /// The sampled x interval.
    let x: ClosedRange<Double>
    /// The sampled y interval.
    let y: ClosedRange<Double>
    /// The samples, row-major, sanitized.
    let values: [Double]

    /// Samples `function` on `columns × rows` points spanning the box.
    init(x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int,
         function: (Double, Double) -> Double) {
        let columns = max(columns, 2)
        let rows = max(rows, 2)
        var values = [Double](repeating: 0, count: columns * rows)
        let dx = (x.upperBound - x.lowerBound) / Double(columns - 1)
        let dy = (y.upperBound - y.lowerBound) / Double(rows - 1)
        for j in 0..<rows {
            let yj = y.lowerBound + Double(j) * dy
            for i in 0..<columns {
                values[j * columns + i] = ScalarGrid.sanitized(function(x.lowerBound + Double(i) * dx, yj))
            }
        }
        self.init(x: x, y: y, columns: columns, rows: rows, values: values)
    }

    /// Wraps precomputed samples (already row-major), sanitizing them.
    init(x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int, values: [Double]) {
        self.x = x
        self.y = y
        self.columns = columns
        self.rows = rows
        self.values = values.map(ScalarGrid.sanitized)
    }

    /// The finite samples' minimum and maximum, or nil if none is finite.
    var finiteRange: ClosedRange<Double>? {
        var lo = Double.infinity
        var hi = -Double.infinity
        for value in values where abs(value) < 1e299 {
            lo = min(lo, value)
            hi = max(hi, value)
        }
        return lo <= hi ? lo...hi : nil
    }

    /// The data coordinates of fractional grid position `(i, j)`.
    func point(i: Double, j: Double) -> Point {
        Point(x: x.lowerBound + i * (x.upperBound - x.lowerBound) / Double(columns - 1),
              y: y.lowerBound + j * (y.upperBound - y.lowerBound) / Double(rows - 1))
    }

    /// Replaces NaN and +∞ by 1e300 and −∞ by −1e299.
    static func sanitized(_ value: Double) -> Double {
        if value.isFinite { return value }
        return value == -.infinity ? -1e299 : 1e300
    }
}
