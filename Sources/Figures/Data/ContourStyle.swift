/// How a contour map paints its function.
public enum ContourStyle: Sendable, Hashable {
    /// Shaded bands between levels, darker (more ink) for higher values.
    case filled
    /// Thin iso-lines only.
    case lines
    /// Shaded bands with iso-lines on their edges.
    case filledWithLines
}
