func solve(tolerance: Double = 1e-8) -> Double { tolerance }
print(solve(tol: 1e-6))
// expect error: 2:18 extra argument 'tol' in call to 'solve'; did you mean 'tolerance'?
