enum TrainingError: Error { case diverged(step: Int), empty }
func train(_ steps: Int) throws -> Double {
    if steps == 0 { throw TrainingError.empty }
    if steps > 100 { throw TrainingError.diverged(step: 42) }
    return 1.0 / Double(steps)
}
do {
    print(try train(4))
    print(try train(1000))
    print("not reached")
} catch TrainingError.diverged(let step) {
    print("diverged at", step)
} catch {
    print("other", error)
}
do {
    _ = try train(0)
} catch {
    print("caught", error)
}
// expect: 0.25
// expect: diverged at 42
// expect: caught empty
