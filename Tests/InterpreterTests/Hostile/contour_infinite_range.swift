// The tick and level loops ran over an infinite axis, growing without bound.
contour(Rosenbrock(), x: -.infinity ... .infinity, y: -1...3)
// expect error: 2:1 the x range -inf...inf of a figure must have a finite width
