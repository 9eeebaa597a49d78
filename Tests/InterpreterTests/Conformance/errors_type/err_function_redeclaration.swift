func step(x: Double) -> Double { x - 1 }
func step(x: Double) -> Double { x - 2 }
print(step(x: 5))
// expect error: 2:6 invalid redeclaration of 'step(x:)'
