func backtrack(x: Double, rho: Double = 0.5) -> Double { x * rho }
print(backtrack(y: 1))
// expect error: 2:16 incorrect argument label in call (have 'y:', expected 'x:')
