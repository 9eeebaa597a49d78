import Foundation
import Optim
import XCTest

/// AdaBelief, Lion and Muon against straightforward transcriptions of their reference algorithms
/// (plain loops over arrays, written from the papers' pseudo-code), on a matrix and a vector parameter
/// with pseudo-random gradients.
final class ReferenceAlgorithmTests: XCTestCase {
    let shapes = [[3, 4], [4]]

    func gradientSequence(steps: Int) -> [[Tensor]] {
        var rng = RandomGenerator(seed: 2024)
        return (0..<steps).map { _ in shapes.map { Tensor(shape: $0, scalars: (0..<$0.reduce(1, *)).map { _ in rng.normal() }) } }
    }

    func start() -> [Tensor] {
        var rng = RandomGenerator(seed: 5)
        return shapes.map { Tensor(shape: $0, scalars: (0..<$0.reduce(1, *)).map { _ in rng.normal() }) }
    }

    func assertTensorsClose(_ a: [Tensor], _ b: [[Double]], file: StaticString = #filePath, line: UInt = #line) {
        for (t, reference) in zip(a, b) {
            for (x, y) in zip(t.scalars, reference) where Swift.abs(x - y) > 1e-12 * Swift.max(1, Swift.abs(y)) {
                return XCTFail("\(x) vs reference \(y)", file: file, line: line)
            }
        }
    }

    func testAdaBelief() throws {
        let (lr, b1, b2, eps, wd) = (0.01, 0.9, 0.999, 1e-16, 0.1)
        for decoupled in [true, false] {
            var params = start()
            var optimizer = AdaBelief(lr: lr, eps: eps, weightDecay: wd, decoupledWeightDecay: decoupled)
            var reference = start().map(\.scalars)
            var m = reference.map { $0.map { _ in 0.0 } }, s = m
            for (t, grads) in gradientSequence(steps: 60).enumerated() {
                try optimizer.step(&params, gradients: grads)
                for i in reference.indices {
                    for j in reference[i].indices {
                        var g = grads[i].scalars[j]
                        if decoupled { reference[i][j] *= 1 - lr * wd } else { g += wd * reference[i][j] }
                        m[i][j] = b1 * m[i][j] + (1 - b1) * g
                        s[i][j] = b2 * s[i][j] + (1 - b2) * (g - m[i][j]) * (g - m[i][j]) + eps
                        let mHat = m[i][j] / (1 - pow(b1, Double(t + 1)))
                        let sHat = s[i][j] / (1 - pow(b2, Double(t + 1)))
                        reference[i][j] -= lr * mHat / (sHat.squareRoot() + eps)
                    }
                }
            }
            assertTensorsClose(params, reference)
        }
    }

    func testLion() throws {
        let (lr, b1, b2, wd) = (3e-3, 0.9, 0.99, 0.5)
        var params = start()
        var optimizer = Lion(lr: lr, betas: (b1, b2), weightDecay: wd)
        var reference = start().map(\.scalars)
        var m = reference.map { $0.map { _ in 0.0 } }
        for grads in gradientSequence(steps: 60) {
            try optimizer.step(&params, gradients: grads)
            for i in reference.indices {
                for j in reference[i].indices {
                    let g = grads[i].scalars[j]
                    let c = b1 * m[i][j] + (1 - b1) * g
                    reference[i][j] = reference[i][j] * (1 - lr * wd) - lr * (c > 0 ? 1 : c < 0 ? -1 : 0)
                    m[i][j] = b2 * m[i][j] + (1 - b2) * g
                }
            }
        }
        assertTensorsClose(params, reference)
    }

    /// X ← aX + (bA + cA²)X with A = XXᵀ, on [[Double]] with explicit loops.
    func referenceNewtonSchulz(_ g: [[Double]]) -> [[Double]] {
        func mul(_ x: [[Double]], _ y: [[Double]]) -> [[Double]] {
            x.map { row in (0..<y[0].count).map { j in zip(row, y).reduce(0) { $0 + $1.0 * $1.1[j] } } }
        }
        func transpose(_ x: [[Double]]) -> [[Double]] { (0..<x[0].count).map { j in x.map { $0[j] } } }
        let tall = g.count > g[0].count
        var x = tall ? transpose(g) : g
        let norm = x.joined().reduce(0) { $0 + $1 * $1 }.squareRoot()
        x = x.map { $0.map { $0 / (norm + 1e-7) } }
        for _ in 0..<5 {
            let a = mul(x, transpose(x))
            let a2 = mul(a, a)
            let b = zip(a, a2).map { zip($0, $1).map { -4.7750 * $0 + 2.0315 * $1 } }
            let bx = mul(b, x)
            x = zip(x, bx).map { zip($0, $1).map { 3.4445 * $0 + $1 } }
        }
        return tall ? transpose(x) : x
    }

    func testMuon() throws {
        let (lr, mu, wd) = (0.02, 0.95, 0.01)
        for nesterov in [true, false] {
            var params = start()
            var optimizer = Muon(lr: lr, momentum: mu, nesterov: nesterov, weightDecay: wd)
            var reference = start().map(\.scalars)
            var buffer = reference.map { $0.map { _ in 0.0 } }
            for grads in gradientSequence(steps: 50) {
                try optimizer.step(&params, gradients: grads)
                for i in reference.indices {
                    let g = grads[i].scalars
                    var update = g
                    for j in g.indices {
                        buffer[i][j] = buffer[i][j] + (1 - mu) * (g[j] - buffer[i][j])
                        update[j] = nesterov ? g[j] + mu * (buffer[i][j] - g[j]) : buffer[i][j]
                    }
                    var scale = 1.0
                    if shapes[i].count == 2 {
                        let (r, c) = (shapes[i][0], shapes[i][1])
                        let rows = (0..<r).map { Array(update[($0 * c)..<(($0 + 1) * c)]) }
                        update = Array(referenceNewtonSchulz(rows).joined())
                        scale = max(1, Double(r) / Double(c)).squareRoot()
                    }
                    for j in g.indices { reference[i][j] = reference[i][j] * (1 - lr * wd) - lr * scale * update[j] }
                }
            }
            assertTensorsClose(params, reference)
        }
    }

    func testMuonOrthogonalizesApproximately() {
        var rng = RandomGenerator(seed: 8)
        let o = Muon.orthogonalize(rng.normalMatrix(rows: 4, cols: 6))
        let singular = try! (o * o.transposed).symmetricEigen().values.map { $0.squareRoot() }
        XCTAssertTrue(singular.scalars.allSatisfy { $0 > 0.6 && $0 < 1.25 }, "\(singular)")
    }

    func testShampooOnVectorIsFullMatrixAdaGrad() throws {
        var optimizer = Shampoo(lr: 0.5, epsilon: 1e-3)
        var params = [Tensor(Vector([1, -2]))]
        var h = 1e-3 * Matrix.identity(2)
        var reference: Vector = [1, -2]
        for k in 0..<10 {
            let g: Vector = [Double(k) * 0.3 - 1, 0.7 + Double(k % 3)]
            try optimizer.step(&params, gradients: [Tensor(g)])
            h += Matrix.outer(g, g)
            reference -= 0.5 * (try h.power(-0.5) * g)
        }
        assertClose(try Vector(params[0]), reference, tolerance: 1e-12)
    }
}
