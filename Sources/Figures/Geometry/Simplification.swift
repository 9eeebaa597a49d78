/// Ramer–Douglas–Peucker polyline simplification.
enum Simplification {
    /// The indices of the points kept when simplifying `points` with
    /// `tolerance` (in the points' units): the first and last are always
    /// kept, and every dropped point lies within `tolerance` of the result.
    static func keptIndices(_ points: [Point], tolerance: Double) -> [Int] {
        let count = points.count
        guard count > 2 else { return Array(0..<count) }
        var keep = [Bool](repeating: false, count: count)
        keep[0] = true
        keep[count - 1] = true
        let squaredTolerance = tolerance * tolerance
        var stack: [(Int, Int)] = [(0, count - 1)]
        while let (first, last) = stack.popLast() {
            guard last - first > 1 else { continue }
            let a = points[first]
            let b = points[last]
            var farthest = first
            var farthestDistance = -1.0
            for index in (first + 1)..<last {
                let distance = squaredDistance(points[index], toSegment: a, b)
                if distance > farthestDistance {
                    farthestDistance = distance
                    farthest = index
                }
            }
            if farthestDistance > squaredTolerance {
                keep[farthest] = true
                stack.append((farthest, last))
                stack.append((first, farthest))
            }
        }
        return keep.indices.filter { keep[$0] }
    }

    /// `points` simplified with `tolerance` (see `keptIndices`).
    static func simplify(_ points: [Point], tolerance: Double) -> [Point] {
        keptIndices(points, tolerance: tolerance).map { points[$0] }
    }

    /// Squared distance from `p` to the segment `a→b` (to `a` if degenerate).
    static func squaredDistance(_ p: Point, toSegment a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        var t = lengthSquared > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared : 0
        t = min(max(t, 0), 1)
        let ex = a.x + t * dx - p.x
        let ey = a.y + t * dy - p.y
        return ex * ex + ey * ey
    }
}
