// A negative iteration count trapped building the loop's range; a tolerance of 0 never ended the
// golden-section loop (the interval stops shrinking at the spacing of doubles).
let wolfe = try minimize(Quadratic(diagonal: [1, 10]), from: [1, 1], using: BFGS(lineSearch: StrongWolfeLineSearch(maxIterations: -1)), steps: 3)
let back = try minimize(Quadratic(diagonal: [1, 10]), from: [1, 1], using: Newton(lineSearch: BacktrackingLineSearch(maxIterations: -1)), steps: 3)
let golden = try minimize(Quadratic(diagonal: [1, 10]), from: [1, 1], using: Newton(lineSearch: GoldenSectionLineSearch(tolerance: 0)), steps: 3)
print(wolfe.points.count, back.points.count, golden.points.count)
// expect: 4 4 4
