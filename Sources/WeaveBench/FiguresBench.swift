import Figures

/// Figures benchmark: renders a 200×200 contour map of Rosenbrock with five
/// 2,000-step paths and prints the time and size against their targets.
func runFiguresBenchmark() {
    print("figures: TODO")
}
