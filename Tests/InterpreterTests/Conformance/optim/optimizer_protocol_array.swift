// interpreter-only
let opts: [any GradientOptimizer] = try [SGD(lr: 1e-4), Adam(lr: 0.01)]
for o in opts {
    let run = try minimize(Rosenbrock(), from: [-1.2, 1], using: o, steps: 10)
    print(run.losses.count)
}
// expect: 11
// expect: 11
