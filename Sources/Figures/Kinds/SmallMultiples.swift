/// A grid of titled panels sharing their axes (the union of the panels'
/// domains), e.g. one contour map per optimizer, side by side. Tick labels
/// appear only on the outer panels; one legend serves them all.
public struct SmallMultiples: Sendable {
    /// The panels, filled row by row.
    public var panels: [(title: String, chart: Chart)]
    /// Panels per row.
    public var columns: Int

    /// Creates small multiples with `columns` panels per row (by default
    /// all in one row, up to three).
    public init(_ panels: [(title: String, chart: Chart)], columns: Int? = nil) {
        self.panels = panels
        self.columns = max(1, columns ?? min(max(panels.count, 1), 3))
    }

    /// Number of panel rows, ⌈panels / columns⌉ (written so that `columns: Int.max` cannot overflow).
    var rows: Int { panels.isEmpty ? 0 : (panels.count - 1) / max(columns, 1) + 1 }
}
