enum SolverError: Error {
    case diverged(step: Int)
    case maxIterations
}
func solve(_ mode: Int) throws -> Double {
    switch mode {
    case 0: return 1.5
    case 1: throw SolverError.diverged(step: 7)
    default: throw SolverError.maxIterations
    }
}
for mode in 0..<3 {
    do {
        let v = try solve(mode)
        print("ok", v)
    } catch SolverError.diverged(let step) {
        print("diverged at", step)
    } catch {
        print("other:", error)
    }
}
