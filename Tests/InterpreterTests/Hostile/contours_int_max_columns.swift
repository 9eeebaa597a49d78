// panels + columns − 1 overflowed while counting the rows of small multiples.
let run = try minimize(Rosenbrock(), from: [-1.2, 1], using: BFGS(), steps: 5)
contours(Rosenbrock(), x: -2...2, y: -1...3, paths: [run, run], labels: ["a", "b"], columns: Int.max)
contours(Rosenbrock(), x: -2...2, y: -1...3, paths: [run], columns: Int.min)
// expect: figure 
// expect: figure 
