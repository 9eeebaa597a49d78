import Foundation

/// The mean cross-entropy of softmax outputs and its gradient with respect to the logits:
/// ℓ = (1/B) Σᵢ [log Σⱼ e^{zᵢⱼ} − z_{i,yᵢ}],  ∂ℓ/∂zᵢⱼ = (softmax(zᵢ)ⱼ − [j = yᵢ]) / B.
/// Logits are shifted by their row maximum before exponentiating.
enum SoftmaxCrossEntropy {
    static func evaluate(logits: Matrix, labels: [Int]) -> (loss: Double, logitGradients: Matrix) {
        let (b, k) = (logits.rows, logits.cols)
        var gradient = logits
        var loss = 0.0
        gradient.scalars.withUnsafeMutableBufferPointer { z in
            for i in 0..<b {
                var top = -Double.infinity
                for j in 0..<k { top = Swift.max(top, z[i * k + j]) }
                var sum = 0.0
                for j in 0..<k {
                    z[i * k + j] = Foundation.exp(z[i * k + j] - top)
                    sum += z[i * k + j]
                }
                loss -= Foundation.log(z[i * k + labels[i]] / sum)
                for j in 0..<k { z[i * k + j] = (z[i * k + j] / sum - (j == labels[i] ? 1 : 0)) / Double(b) }
            }
        }
        return (loss / Double(b), gradient)
    }

    /// The mean loss alone, computed as in `evaluate`.
    static func loss(logits: Matrix, labels: [Int]) -> Double {
        let (b, k) = (logits.rows, logits.cols)
        var loss = 0.0
        logits.scalars.withUnsafeBufferPointer { z in
            for i in 0..<b {
                var top = -Double.infinity
                for j in 0..<k { top = Swift.max(top, z[i * k + j]) }
                var sum = 0.0
                for j in 0..<k { sum += Foundation.exp(z[i * k + j] - top) }
                loss -= Foundation.log(Foundation.exp(z[i * k + labels[i]] - top) / sum)
            }
        }
        return loss / Double(b)
    }

    /// The index of the largest entry of each row.
    static func argmax(_ logits: Matrix) -> [Int] {
        (0..<logits.rows).map { i in
            var best = 0
            for j in 1..<Swift.max(1, logits.cols) where logits[i, j] > logits[i, best] { best = j }
            return best
        }
    }
}
