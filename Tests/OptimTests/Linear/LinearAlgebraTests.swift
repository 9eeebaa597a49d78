import Optim
import XCTest

final class LinearAlgebraTests: XCTestCase {
    let spd: Matrix = [[4, 12, -16], [12, 37, -43], [-16, -43, 98]]

    func testVectorArithmetic() throws {
        let x: Vector = [1, 2, 3]
        let y: Vector = [4, 5, 6]
        XCTAssertEqual(x + y, [5, 7, 9])
        XCTAssertEqual(y - x, [3, 3, 3])
        XCTAssertEqual(x * y, [4, 10, 18])
        XCTAssertEqual(2 * x, [2, 4, 6])
        XCTAssertEqual(x / 2, [0.5, 1, 1.5])
        XCTAssertEqual(try x.dot(y), 32)
        XCTAssertEqual(Vector([3, 4]).norm, 5)
        XCTAssertEqual(Vector([3, -4]).norm(1), 7)
        XCTAssertEqual(Vector([3, -4]).infinityNorm, 4)
    }

    func testShapeErrorsNameBothShapes() {
        let x: Vector = [1, 2, 3]
        XCTAssertThrowsError(try x.dot([1, 2])) { error in
            XCTAssertEqual(error as? OptimError, .shapeMismatch("dot needs equal lengths, got [3] and [2]"))
        }
        let a = Matrix.zeros(2, 3)
        XCTAssertThrowsError(try a.matmul(Matrix.zeros(2, 3))) { error in
            XCTAssertEqual("\(error)", "shape mismatch: matmul of [2×3] and [2×3]")
        }
        XCTAssertThrowsError(try a.solve([1, 2])) { error in
            XCTAssertEqual("\(error)", "shape mismatch: solve with [2×3] and [2]")
        }
    }

    func testMatrixProductsTransposeKroneckerVec() throws {
        let a: Matrix = [[1, 2], [3, 4]]
        let b: Matrix = [[0, 1], [1, 0]]
        XCTAssertEqual(a * b, [[2, 1], [4, 3]])
        XCTAssertEqual(a * Vector([1, 1]), [3, 7])
        XCTAssertEqual(a.transposed, [[1, 3], [2, 4]])
        XCTAssertEqual(Matrix.outer([1, 2], [3, 4, 5]), [[3, 4, 5], [6, 8, 10]])
        XCTAssertEqual(a.kronecker(Matrix.identity(2)), [[1, 0, 2, 0], [0, 1, 0, 2], [3, 0, 4, 0], [0, 3, 0, 4]])
        XCTAssertEqual(a.vec, [1, 3, 2, 4])
        XCTAssertEqual(try Matrix.unvec(a.vec, rows: 2, cols: 2), a)
        // vec(AXB) = (Bᵀ ⊗ A) vec(X)
        let x: Matrix = [[1, -1], [2, 0.5]]
        assertClose((a * x * b).vec, b.transposed.kronecker(a) * x.vec, tolerance: 1e-15)
        XCTAssertEqual(Matrix.diag([1, 2]), [[1, 0], [0, 2]])
        XCTAssertEqual(try Matrix(Tensor(a)), a)
        XCTAssertEqual(try Vector(Tensor(Vector([1, 2]))), [1, 2])
        XCTAssertThrowsError(try Vector(Tensor(a)))
    }

    func testCholeskyOfTextbookMatrix() throws {
        // The factor of this classic example is [[2,0,0],[6,1,0],[-8,5,3]].
        let l = try CholeskyDecomposition(spd).lower
        assertClose(l, [[2, 0, 0], [6, 1, 0], [-8, 5, 3]], tolerance: 1e-14)
        let x = try CholeskyDecomposition(spd).solve([1, 2, 3])
        assertClose(spd * x, [1, 2, 3], tolerance: 1e-12)
        XCTAssertThrowsError(try CholeskyDecomposition([[1, 2], [2, 1]])) { error in
            guard case .singular = error as? OptimError else { return XCTFail("\(error)") }
        }
    }

    func testLUWithPivotingAndInverse() throws {
        let a: Matrix = [[0, 2, 1], [1, 1, 1], [2, 1, 0]]   // needs a row swap at the first pivot
        let lu = try LUDecomposition(a)
        XCTAssertEqual(lu.determinant, 3, accuracy: 1e-14)
        let x = try lu.solve([3, 3, 3])
        assertClose(x, [1, 1, 1], tolerance: 1e-14)
        assertClose(a * (try a.inverse()), Matrix.identity(3), tolerance: 1e-14)
        XCTAssertThrowsError(try Matrix([[1, 2], [2, 4]]).inverse()) { error in
            XCTAssertEqual("\(error)", "singular matrix: [2×2] matrix has no nonzero pivot in column 1")
        }
        XCTAssertEqual(try Matrix([[1, 2], [2, 4]]).determinant(), 0)
    }

    func testSymmetricEigendecomposition() throws {
        let a: Matrix = [[2, 1, 0], [1, 2, 1], [0, 1, 2]]
        let eigen = try a.symmetricEigen()
        let r = 2.0.squareRoot()
        assertClose(eigen.values, [2 - r, 2, 2 + r], tolerance: 1e-14)
        assertClose(eigen.vectors * Matrix.diag(eigen.values) * eigen.vectors.transposed, a, tolerance: 1e-14)
        assertClose(eigen.vectors.transposed * eigen.vectors, Matrix.identity(3), tolerance: 1e-14)
    }

    func testMatrixPowersAndConditionNumber() throws {
        let a = spd
        let quarter = try a.power(-0.25)
        let q2 = quarter * quarter
        assertClose(q2 * q2 * a, Matrix.identity(3), tolerance: 1e-10)
        let s = try a.inverseSquareRoot()
        assertClose(s * a * s, Matrix.identity(3), tolerance: 1e-10)
        XCTAssertEqual(try Matrix.diag([1, 100]).conditionNumber(), 100, accuracy: 1e-12)
        XCTAssertEqual(try Matrix([[1, 2], [2, 4]]).conditionNumber(), .infinity)
        XCTAssertThrowsError(try Matrix.diag([1, 0]).power(-0.5))
    }
}
