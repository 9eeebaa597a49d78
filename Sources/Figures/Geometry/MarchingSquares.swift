/// Marching squares on a `ScalarGrid`: iso-lines at a level, and closed
/// outlines of the region at or above a level (for filled contour bands).
///
/// Crossings live on grid edges; each cell joins two edges, and chains are
/// traced through shared edges, so output polylines are whole (not a soup
/// of segments) and come out in a deterministic order.
struct MarchingSquares {
    private let width: Int
    private let height: Int
    private let values: [Double]
    /// Grid column (resp. row) index of each padded column (resp. row).
    private let columnOf: [Int]
    private let rowOf: [Int]
    private let grid: ScalarGrid

    /// Prepares iso-lines on `grid`; with `closed`, the grid is padded with a
    /// ring of very low samples sitting on the border, so that every outline
    /// of {f ≥ level} closes along the box edge.
    init(grid: ScalarGrid, closed: Bool) {
        self.grid = grid
        if closed {
            width = grid.columns + 2
            height = grid.rows + 2
            columnOf = (0..<width).map { min(max($0 - 1, 0), grid.columns - 1) }
            rowOf = (0..<height).map { min(max($0 - 1, 0), grid.rows - 1) }
            var padded = [Double](repeating: -1e300, count: width * height)
            for j in 0..<grid.rows {
                for i in 0..<grid.columns {
                    padded[(j + 1) * width + i + 1] = grid.values[j * grid.columns + i]
                }
            }
            values = padded
        } else {
            width = grid.columns
            height = grid.rows
            columnOf = Array(0..<width)
            rowOf = Array(0..<height)
            values = grid.values
        }
    }

    /// The polylines where the sampled function crosses each of `levels`
    /// (one list per level), in data coordinates. Closed loops repeat their
    /// first point at the end.
    func lines(at levels: [Double]) -> [[[Point]]] {
        let edgeCount = 2 * width * height
        var partnerA = [Int](repeating: -1, count: edgeCount)
        var partnerB = [Int](repeating: -1, count: edgeCount)
        var visited = [Bool](repeating: false, count: edgeCount)
        var touched: [Int] = []
        return levels.map { level in
            defer {
                for edge in touched {
                    partnerA[edge] = -1
                    partnerB[edge] = -1
                    visited[edge] = false
                }
                touched.removeAll(keepingCapacity: true)
            }
            return lines(at: level, partnerA: &partnerA, partnerB: &partnerB, visited: &visited, touched: &touched)
        }
    }

    /// The chains at one level, using (and leaving dirty at `touched`) the
    /// caller's scratch arrays.
    private func lines(at level: Double, partnerA: inout [Int], partnerB: inout [Int],
                       visited: inout [Bool], touched: inout [Int]) -> [[Point]] {
        func link(_ e: Int, _ f: Int) {
            for (from, to) in [(e, f), (f, e)] {
                if partnerA[from] < 0 {
                    partnerA[from] = to
                    touched.append(from)
                } else {
                    partnerB[from] = to
                }
            }
        }
        let verticalBase = width * height
        for j in 0..<(height - 1) {
            for i in 0..<(width - 1) {
                let bl = values[j * width + i]
                let br = values[j * width + i + 1]
                let tr = values[(j + 1) * width + i + 1]
                let tl = values[(j + 1) * width + i]
                var code = 0
                if bl >= level { code |= 1 }
                if br >= level { code |= 2 }
                if tr >= level { code |= 4 }
                if tl >= level { code |= 8 }
                if code == 0 || code == 15 { continue }
                let bottom = j * width + i
                let top = (j + 1) * width + i
                let left = verticalBase + j * width + i
                let right = verticalBase + j * width + i + 1
                switch code {
                case 1, 14: link(left, bottom)
                case 2, 13: link(bottom, right)
                case 3, 12: link(left, right)
                case 4, 11: link(right, top)
                case 6, 9: link(bottom, top)
                case 7, 8: link(left, top)
                case 5, 10:
                    let centreHigh = (bl + br + tr + tl) / 4 >= level
                    if (code == 5) == centreHigh {
                        link(left, top)
                        link(bottom, right)
                    } else {
                        link(left, bottom)
                        link(right, top)
                    }
                default: break
                }
            }
        }
        var chains: [[Point]] = []
        func trace(from start: Int) {
            var chain = [crossing(on: start, level: level)]
            visited[start] = true
            var previous = -1
            var edge = start
            while true {
                let next = partnerA[edge] != previous && partnerA[edge] >= 0 ? partnerA[edge] : partnerB[edge]
                if next < 0 { break }
                if next == start {
                    chain.append(chain[0])
                    break
                }
                if visited[next] { break }
                visited[next] = true
                chain.append(crossing(on: next, level: level))
                previous = edge
                edge = next
            }
            if chain.count > 1 { chains.append(chain) }
        }
        for edge in touched where !visited[edge] && partnerB[edge] < 0 {
            trace(from: edge)
        }
        for edge in touched where !visited[edge] {
            trace(from: edge)
        }
        return chains
    }

    /// The interpolated crossing of `level` on padded edge `edge`.
    private func crossing(on edge: Int, level: Double) -> Point {
        let horizontal = edge < width * height
        let index = horizontal ? edge : edge - width * height
        let i = index % width
        let j = index / width
        let (i2, j2) = horizontal ? (i + 1, j) : (i, j + 1)
        let a = values[j * width + i]
        let b = values[j2 * width + i2]
        let t = a == b ? 0.5 : min(max((level - a) / (b - a), 0), 1)
        let gi = Double(columnOf[i]) + t * Double(columnOf[i2] - columnOf[i])
        let gj = Double(rowOf[j]) + t * Double(rowOf[j2] - rowOf[j])
        return grid.point(i: gi, j: gj)
    }
}
