// Each bound is finite, but the width 2·10³⁰⁸ is not a Double.
contour({ (x: Double, y: Double) in x * y }, x: -1e308...1e308, y: -1...1)
// expect error: 2:1 the x range -1e+308...1e+308 of a figure must have a finite width
