/// Cuts polylines to a rectangle so that off-plot excursions (a diverged
/// run) neither stretch the picture nor write huge coordinates.
enum Clipping {
    /// Splits `points` into the pieces that lie inside `rect`: segments are
    /// cut at the border (Liang–Barsky) and non-finite points break the line.
    static func polyline(_ points: [Point], to rect: Rect) -> [[Point]] {
        var pieces: [[Point]] = []
        var current: [Point] = []
        func flush() {
            if current.count > 1 { pieces.append(current) }
            current = []
        }
        var previous: Point?
        for point in points {
            guard point.isFinite else {
                flush()
                previous = nil
                continue
            }
            defer { previous = point }
            guard let start = previous else {
                if rect.contains(point) { current = [point] }
                continue
            }
            guard let (a, b) = segment(start, point, to: rect) else {
                flush()
                continue
            }
            if current.isEmpty || current[current.count - 1] != a {
                flush()
                current = [a]
            }
            current.append(b)
            if b != point { flush() }
        }
        flush()
        return pieces
    }

    /// The part of the segment `p→q` inside `rect`, or nil when none is.
    static func segment(_ p: Point, _ q: Point, to rect: Rect) -> (Point, Point)? {
        let dx = q.x - p.x
        let dy = q.y - p.y
        var t0 = 0.0
        var t1 = 1.0
        let checks = [(-dx, p.x - rect.x), (dx, rect.maxX - p.x), (-dy, p.y - rect.y), (dy, rect.maxY - p.y)]
        for (denominator, numerator) in checks {
            if denominator == 0 {
                if numerator < 0 { return nil }
            } else {
                let t = numerator / denominator
                if denominator < 0 {
                    if t > t1 { return nil }
                    if t > t0 { t0 = t }
                } else {
                    if t < t0 { return nil }
                    if t < t1 { t1 = t }
                }
            }
        }
        let a = t0 == 0 ? p : Point(x: p.x + t0 * dx, y: p.y + t0 * dy)
        let b = t1 == 1 ? q : Point(x: p.x + t1 * dx, y: p.y + t1 * dy)
        return (a, b)
    }
}
