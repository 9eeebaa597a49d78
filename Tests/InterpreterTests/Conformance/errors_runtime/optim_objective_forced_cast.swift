import Optim
let o: any Objective = Quadratic(diagonal: [1, 2])
print(o is any LeastSquaresObjective)
let leastSquares = o as! any LeastSquaresObjective
print(leastSquares.dimension)
// expect error: 4:22 Could not cast value of type 'Optim.Quadratic'
