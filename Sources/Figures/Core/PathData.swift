/// Compact SVG path data: an absolute `M` per piece, then relative `l`
/// moves in hundredths of a user unit, so long paths stay small and exact.
enum PathData {
    /// Appends `pieces` (each at least two points) as path data; with
    /// `closed`, each piece ends with `z`.
    static func polylines(_ pieces: [[Point]], closed: Bool, into writer: inout SVGWriter) {
        for piece in pieces where piece.count > 1 {
            var lastX = SVGWriter.hundredths(piece[0].x)
            var lastY = SVGWriter.hundredths(piece[0].y)
            writer.raw("M")
            writer.fixed(lastX)
            separate(lastY, into: &writer)
            writer.fixed(lastY)
            var first = true
            let count = closed && piece.count > 2 && piece[0] == piece[piece.count - 1] ? piece.count - 1 : piece.count
            for index in 1..<count {
                let x = SVGWriter.hundredths(piece[index].x)
                let y = SVGWriter.hundredths(piece[index].y)
                let dx = x - lastX
                let dy = y - lastY
                if dx == 0 && dy == 0 { continue }
                if first {
                    writer.raw("l")
                    first = false
                } else {
                    separate(dx, into: &writer)
                }
                writer.fixed(dx)
                separate(dy, into: &writer)
                writer.fixed(dy)
                lastX = x
                lastY = y
            }
            if closed { writer.raw("z") }
        }
    }

    /// A space before a non-negative number (a minus sign separates itself).
    private static func separate(_ hundredths: Int, into writer: inout SVGWriter) {
        if hundredths >= 0 { writer.raw(" ") }
    }
}
