let eps = 1e-3
enum Tol {
    static let eps = 1e-8
    static var twice: Double { 2 * eps }
}
print(Tol.twice)
// expect: 2e-08
