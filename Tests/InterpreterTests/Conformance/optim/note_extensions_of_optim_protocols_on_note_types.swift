// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
extension LearningRateSchedule {
    func rates(_ n: Int) -> [Double] { (0..<n).map { learningRate(at: $0) } }
}
struct Flat: LearningRateSchedule { var r = 0.2; func learningRate(at step: Int) -> Double { r } }
print(CosineSchedule(initial: 1, totalSteps: 2).rates(3))
print(Flat().rates(3))
extension Objective {
    var valueAtOrigin: Double { (try? value(at: Vector(zeros: dimension))) ?? .nan }
    func describe() -> String { "objective of dimension \(dimension)" }
}
struct Bowl: Objective {
    var dimension: Int { 2 }
    func value(at x: Vector) throws -> Double { x.squaredNorm + 1 }
    func gradient(at x: Vector) throws -> Vector { 2 * x }
    func hessian(at x: Vector) throws -> Matrix { Matrix.identity(2) * 2 }
}
print(Bowl().valueAtOrigin, Bowl().describe(), Rosenbrock().valueAtOrigin)
struct Tilted: Objective {
    var dimension: Int { 1 }
    func value(at x: Vector) throws -> Double { x[0] * x[0] }
    func gradient(at x: Vector) throws -> Vector { 2 * x }
    func hessian(at x: Vector) throws -> Matrix { Matrix.identity(1) * 2 }
    func summary() -> String { describe() + " at origin " + String(valueAtOrigin) }
}
print(Tilted().summary())
// expect: [1.0, 0.5, 0.0]
// expect: [0.2, 0.2, 0.2]
// expect: 1.0 objective of dimension 2 1.0
// expect: objective of dimension 1 at origin 0.0
