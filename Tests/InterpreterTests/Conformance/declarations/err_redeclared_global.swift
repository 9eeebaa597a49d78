let steps = 10
func run(steps: Int) -> Int { var steps = steps; steps += 1; return steps }
do { let steps = 3; print(steps) }
let steps = 20
print(run(steps: 2))
// expect error: 4:5 invalid redeclaration of 'steps'
