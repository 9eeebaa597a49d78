let defaultTol = 1.0
struct Opt {
    static let defaultTol = 1e-8
    var tol: Double
    init(tol: Double = defaultTol) { self.tol = tol }
}
print(Opt().tol)
// expect: 1e-08
