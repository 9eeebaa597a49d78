/// The plane through a run's final parameters spanned by the top two
/// principal directions of its trajectory (Li et al., "Visualizing the Loss
/// Landscape of Neural Nets"): PCA of `θᵢ − θ_final` via the Jacobi
/// eigen-decomposition of the snapshots' Gram matrix.
struct PrincipalPlane: Sendable {
    /// The plane's origin: the last snapshot.
    let origin: [Double]
    /// Unit first principal direction.
    let first: [Double]
    /// Unit second principal direction, orthogonal to `first`.
    let second: [Double]
    /// Fractions of the trajectory's variance along `first` and `second`.
    let explained: (Double, Double)

    /// At most this many snapshots (evenly spaced, last included) enter the
    /// Gram matrix; projection still uses every snapshot.
    static let maximumSamples = 160

    /// Fits the plane to `snapshots` (all of one dimension). Degenerate
    /// trajectories get arbitrary orthonormal coordinate directions.
    init(snapshots: [[Double]]) {
        let dimension = snapshots.first?.count ?? 0
        origin = snapshots.last ?? []
        let count = snapshots.count
        let sampleCount = min(count, PrincipalPlane.maximumSamples)
        let picks = sampleCount < 2 ? Array(0..<count)
            : (0..<sampleCount).map { Int((Double($0) * Double(count - 1) / Double(sampleCount - 1)).rounded()) }
        let origin = self.origin
        let deltas = picks.map { index in
            zip(snapshots[index], origin).map { $0 - $1 }
        }
        let n = deltas.count
        var gram = [Double](repeating: 0, count: n * n)
        for a in 0..<n {
            for b in a..<n {
                let dot = PrincipalPlane.dot(deltas[a], deltas[b])
                gram[a * n + b] = dot
                gram[b * n + a] = dot
            }
        }
        let (eigenvalues, eigenvectors) = PrincipalPlane.jacobi(gram, size: n)
        let order = eigenvalues.indices.sorted { eigenvalues[$0] > eigenvalues[$1] }
        let total = eigenvalues.reduce(0) { $0 + max($1, 0) }
        var directions: [[Double]] = []
        var fractions: [Double] = []
        for column in order.prefix(2) where eigenvalues[column] > 1e-12 * max(total, 1e-300) {
            var direction = [Double](repeating: 0, count: dimension)
            for row in 0..<n {
                let weight = eigenvectors[row * n + column]
                for k in 0..<dimension { direction[k] += weight * deltas[row][k] }
            }
            for earlier in directions {
                let overlap = PrincipalPlane.dot(direction, earlier)
                for k in 0..<dimension { direction[k] -= overlap * earlier[k] }
            }
            let norm = PrincipalPlane.dot(direction, direction).squareRoot()
            guard norm > 0 else { continue }
            directions.append(direction.map { $0 / norm })
            fractions.append(total > 0 ? max(eigenvalues[column], 0) / total : 0)
        }
        for axis in 0..<dimension where directions.count < 2 {
            var unit = [Double](repeating: 0, count: dimension)
            unit[axis] = 1
            let overlap = directions.first.map { PrincipalPlane.dot(unit, $0) } ?? 0
            if abs(overlap) < 0.9 {
                if let earlier = directions.first {
                    for k in 0..<dimension { unit[k] -= overlap * earlier[k] }
                }
                let norm = PrincipalPlane.dot(unit, unit).squareRoot()
                directions.append(unit.map { $0 / norm })
                fractions.append(0)
            }
        }
        while directions.count < 2 {
            directions.append([Double](repeating: 0, count: dimension))
            fractions.append(0)
        }
        first = directions[0]
        second = directions[1]
        explained = (fractions[0], fractions[1])
    }

    /// Coordinates of `theta` in the plane.
    func project(_ theta: [Double]) -> (x: Double, y: Double) {
        var a = 0.0
        var b = 0.0
        for k in 0..<min(theta.count, origin.count) {
            let delta = theta[k] - origin[k]
            a += delta * first[k]
            b += delta * second[k]
        }
        return (a, b)
    }

    /// The parameters at plane coordinates `(a, b)`.
    func parameters(_ a: Double, _ b: Double) -> [Double] {
        (0..<origin.count).map { origin[$0] + a * first[$0] + b * second[$0] }
    }

    /// Dot product of equal-length vectors.
    static func dot(_ u: [Double], _ v: [Double]) -> Double {
        var sum = 0.0
        for k in 0..<min(u.count, v.count) { sum += u[k] * v[k] }
        return sum
    }

    /// Cyclic Jacobi eigen-decomposition of a symmetric `size × size` matrix
    /// (row-major): eigenvalues and eigenvectors as the columns of a
    /// row-major matrix.
    static func jacobi(_ matrix: [Double], size n: Int) -> ([Double], [Double]) {
        var a = matrix
        var v = [Double](repeating: 0, count: n * n)
        for k in 0..<n { v[k * n + k] = 1 }
        for _ in 0..<60 {
            var offDiagonal = 0.0
            var diagonal = 0.0
            for p in 0..<n {
                diagonal += a[p * n + p] * a[p * n + p]
                for q in (p + 1)..<max(n, p + 1) { offDiagonal += a[p * n + q] * a[p * n + q] }
            }
            if offDiagonal <= 1e-22 * diagonal || offDiagonal == 0 { break }
            for p in 0..<n {
                for q in (p + 1)..<max(n, p + 1) {
                    let apq = a[p * n + q]
                    guard abs(apq) > 1e-300 else { continue }
                    let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot()
                    let s = t * c
                    for k in 0..<n {
                        let akp = a[k * n + p]
                        let akq = a[k * n + q]
                        a[k * n + p] = c * akp - s * akq
                        a[k * n + q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p * n + k]
                        let aqk = a[q * n + k]
                        a[p * n + k] = c * apk - s * aqk
                        a[q * n + k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let vkp = v[k * n + p]
                        let vkq = v[k * n + q]
                        v[k * n + p] = c * vkp - s * vkq
                        v[k * n + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        return ((0..<n).map { a[$0 * n + $0] }, v)
    }
}
