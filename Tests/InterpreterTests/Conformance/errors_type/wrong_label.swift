func f(x: Int) -> Int { x }
print(f(y: 1))
// expect error: 2:8 incorrect argument label in call (have 'y:', expected 'x:')
