/// One plot of a figure (or one panel of small multiples).
public enum Chart: Sendable {
    /// A contour map of a 2-D function with optimizer paths.
    case contour(ContourPlot)
    /// Series against step.
    case line(LinePlot)
    /// A 1-D function with iterates marked on it.
    case function(FunctionPlot)
    /// A loss-landscape plane through a run's principal directions.
    case landscape(LandscapePlot)
    /// Groups of points.
    case scatter(ScatterPlot)
    /// Grouped bars over categories.
    case bar(BarChart)
    /// A contour map or function plot whose paths switch between variants.
    case explorable(ExplorableChart)

    /// The chart's panel renderer.
    var content: any PanelContent {
        switch self {
        case .contour(let plot): return plot
        case .line(let plot): return plot
        case .function(let plot): return plot
        case .landscape(let plot): return plot
        case .scatter(let plot): return plot
        case .bar(let plot): return plot
        case .explorable(let plot): return plot
        }
    }
}
