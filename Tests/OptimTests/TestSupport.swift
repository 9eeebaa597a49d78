import Optim
import XCTest

/// Asserts |a − b| ≤ tolerance·max(1, |b|) for every component.
func assertClose(_ a: Vector, _ b: Vector, tolerance: Double, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, "lengths differ", file: file, line: line)
    for (x, y) in zip(a.scalars, b.scalars) where !(Swift.abs(x - y) <= tolerance * Swift.max(1, Swift.abs(y))) {
        XCTFail("\(a) is not within \(tolerance) of \(b)", file: file, line: line)
        return
    }
}

/// Asserts entrywise closeness of two matrices of equal shape.
func assertClose(_ a: Matrix, _ b: Matrix, tolerance: Double, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.shapeDescription, b.shapeDescription, file: file, line: line)
    assertClose(Vector(a.scalars), Vector(b.scalars), tolerance: tolerance, file: file, line: line)
}

/// Central finite-difference gradient, (f(x + heᵢ) − f(x − heᵢ)) / 2h.
func finiteDifferenceGradient(_ f: (Vector) throws -> Double, at x: Vector, h: Double = 1e-6) rethrows -> Vector {
    var g = Vector.zeros(x.count)
    for i in 0..<x.count {
        let e = h * Vector.basis(i, count: x.count)
        g[i] = (try f(x + e) - f(x - e)) / (2 * h)
    }
    return g
}

/// Central finite differences of a gradient: column j is (∇f(x + heⱼ) − ∇f(x − heⱼ)) / 2h.
func finiteDifferenceHessian(_ g: (Vector) throws -> Vector, at x: Vector, h: Double = 1e-5) rethrows -> Matrix {
    var hessian = Matrix.zeros(x.count, x.count)
    for j in 0..<x.count {
        let e = h * Vector.basis(j, count: x.count)
        let column = (try g(x + e) - g(x - e)) / (2 * h)
        for i in 0..<x.count { hessian[i, j] = column[i] }
    }
    return hessian
}
