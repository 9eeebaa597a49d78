// interpreter-only
import Optim
let objective = Quadratic(diagonal: [1, 1])
do {
    let run = try minimize(objective, from: [1, 1], using: try SGD(lr: 3), steps: 100)
    print(run.losses.count)
} catch OptimError.diverged(let step, _) {
    print("diverged at step", step)
} catch {
    print("other", error)
}
let bad = try? SGD(lr: -1)
print(bad == nil)
// expect: diverged at step 10
// expect: true
