import Foundation

extension MLPClassifier {
    /// The product Hv of the Hessian of the mini-batch loss with a direction v = [V₁, c₁, …, V_L, c_L]
    /// (shaped like the parameters), exact, by Pearlmutter's R-operator: the directional derivative
    /// R(·) = d/dt(·)(θ + tv) at t = 0 is carried through the forward and backward passes,
    ///
    ///   R(zₗ) = R(aₗ₋₁)Wₗᵀ + aₗ₋₁Vₗᵀ + cₗ,  R(aₗ) = φ′(zₗ) ⊙ R(zₗ),  R(a₀) = 0,
    ///   R(δ_L) = (p ⊙ (R(z_L) − ⟨p, R(z_L)⟩))/|B|,  Hv = [R(∇Wₗ), R(∇bₗ)] with
    ///   R(∇Wₗ) = R(δₗ)ᵀaₗ₋₁ + δₗᵀR(aₗ₋₁),  R(∇bₗ) = Σ R(δₗ),
    ///   R(δₗ₋₁) = (R(δₗ)Wₗ + δₗVₗ) ⊙ φ′(zₗ₋₁) + (δₗWₗ) ⊙ φ″(zₗ₋₁) ⊙ R(zₗ₋₁),
    ///
    /// at the cost of about two gradients, without forming H (whose size is the parameter count squared).
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if the parameters or the direction do not fit the model.
    public func hessianVectorProduct(_ parameters: [Tensor], direction: [Tensor], batch: [Int]) throws -> [Tensor] {
        try checkParameterShapes(parameters, parameterShapes, model: "MLPClassifier\(layerSizes)")
        try checkParameterShapes(direction, parameterShapes, model: "MLPClassifier\(layerSizes) (Hessian-vector direction)")
        let subset = data.subset(batch)
        let z = try forward(parameters, subset.features)
        let weights = try (0..<layerCount).map { try Matrix(parameters[2 * $0]) }
        let directions = try (0..<layerCount).map { try Matrix(direction[2 * $0]) }
        let inputs = [subset.features] + z.dropLast().map(activate)
        // Forward: R(zₗ), with R(a₀) = 0.
        var rz = [Matrix]()
        for l in 0..<layerCount {
            var r = try inputs[l].matmul(directions[l].transposed)
            if l > 0 { r = try r.adding(try derivative(z[l - 1]).hadamard(rz[l - 1]).matmul(weights[l].transposed)) }
            let c = direction[2 * l + 1].scalars
            for i in 0..<r.rows { for j in 0..<r.cols { r[i, j] += c[j] } }
            rz.append(r)
        }
        // Output: δ_L = (p − e_y)/B, so p = Bδ_L + e_y.
        let b = Double(batch.count)
        let labels = subset.labels
        var delta = SoftmaxCrossEntropy.evaluate(logits: z[layerCount - 1], labels: labels).logitGradients
        var rDelta = Matrix.zeros(delta.rows, delta.cols)
        let rOut = rz[layerCount - 1]
        for i in 0..<delta.rows {
            let p = (0..<delta.cols).map { b * delta[i, $0] + ($0 == labels[i] ? 1 : 0) }
            let mean = (0..<delta.cols).reduce(0.0) { $0 + p[$1] * rOut[i, $1] }
            for j in 0..<delta.cols { rDelta[i, j] = p[j] * (rOut[i, j] - mean) / b }
        }
        // Backward.
        var product = [Tensor](repeating: Tensor(repeating: 0, shape: [0]), count: 2 * layerCount)
        for l in stride(from: layerCount - 1, through: 0, by: -1) {
            var rWeights = try rDelta.transposed.matmul(inputs[l])
            if l > 0 { rWeights = try rWeights.adding(try delta.transposed.matmul(try derivative(z[l - 1]).hadamard(rz[l - 1]))) }
            product[2 * l] = Tensor(rWeights)
            product[2 * l + 1] = Tensor(shape: [rDelta.cols], scalars: (0..<rDelta.cols).map { rDelta.column($0).sum })
            if l > 0 {
                let slope = derivative(z[l - 1])
                let back = try delta.matmul(weights[l])
                let rBack = try (try rDelta.matmul(weights[l])).adding(try delta.matmul(directions[l]))
                rDelta = try (try rBack.hadamard(slope)).adding(try back.hadamard(secondDerivative(z[l - 1])).hadamard(rz[l - 1]))
                delta = try back.hadamard(slope)
            }
        }
        return product
    }

    /// φ″(z), elementwise: −2 tanh z (1 − tanh² z) for tanh, 0 for ReLU (almost everywhere).
    private func secondDerivative(_ z: Matrix) -> Matrix {
        switch activation {
        case .tanh: z.map { let t = Foundation.tanh($0); return -2 * t * (1 - t * t) }
        case .relu: z.map { _ in 0 }
        }
    }
}
