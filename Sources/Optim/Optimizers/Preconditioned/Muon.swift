/// Muon (Jordan et al., 2024; the reference `muon.py`): momentum whose update, for each matrix
/// parameter, is replaced by its nearest semi-orthogonal matrix, computed by a quintic Newton–Schulz
/// iteration.
///
///   θ ← θ(1 − ηλ)
///   B ← μB + (1 − μ)G                      (torch's lerp of the buffer toward G)
///   U ← (1 − μ)G + μB  if Nesterov, else B
///   X ← U / (‖U‖_F + 10⁻⁷);  repeat 5×:  A = XXᵀ,  X ← aX + (bA + cA²)X,  (a, b, c) = (3.4445, −4.7750, 2.0315)
///   θ ← θ − η · √max(1, rows/cols) · X
///
/// (the iteration runs on Uᵀ when rows > cols). Parameters that are not matrices (biases) take the
/// momentum update U unorthogonalised — the reference hands them to an auxiliary optimizer instead.
/// Defaults: η = 0.02, μ = 0.95, Nesterov, λ = 0, 5 Newton–Schulz steps.
public struct Muon: GradientOptimizer, Sendable {
    /// η.
    public var lr: Double
    /// μ.
    public var momentum: Double
    /// Whether the update looks ahead along the momentum (the reference default).
    public var nesterov: Bool
    /// λ, decoupled weight decay.
    public var weightDecay: Double
    /// The number of Newton–Schulz iterations.
    public var newtonSchulzSteps: Int

    private var guardrail = ShapeGuard()
    private var buffers: [[Double]] = []

    /// Muon with the reference defaults.
    public init(lr: Double = 0.02, momentum: Double = 0.95, nesterov: Bool = true, weightDecay: Double = 0,
                newtonSchulzSteps: Int = 5) {
        self.lr = lr
        self.momentum = momentum
        self.nesterov = nesterov
        self.weightDecay = weightDecay
        self.newtonSchulzSteps = newtonSchulzSteps
    }

    /// The quintic Newton–Schulz approximation to the orthogonal polar factor of `g` (UVᵀ for g = UΣVᵀ),
    /// with singular values driven into roughly [0.7, 1.2] rather than exactly to 1, as in the reference.
    public static func orthogonalize(_ g: Matrix, steps: Int = 5) -> Matrix {
        let (a, b, c) = (3.4445, -4.7750, 2.0315)
        let tall = g.rows > g.cols
        var x = tall ? g.transposed : g
        x = x / (x.frobeniusNorm + 1e-7)
        for _ in 0..<steps {
            let gram = x * x.transposed
            x = a * x + (b * gram + c * (gram * gram)) * x
        }
        return tall ? x.transposed : x
    }

    /// One Muon update of every parameter.
    public mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        if try guardrail.check(parameters, gradients, in: "Muon") {
            buffers = parameters.map { [Double](repeating: 0, count: $0.count) }
        }
        let (lr, momentum, nesterov, decay) = (lr, momentum, nesterov, weightDecay)
        for i in parameters.indices {
            var update = gradients[i].scalars
            buffers[i].withUnsafeMutableBufferPointer { buffer in
                update.withUnsafeMutableBufferPointer { u in
                    for j in 0..<u.count {
                        let g = u[j]
                        buffer[j] += (1 - momentum) * (g - buffer[j])
                        u[j] = nesterov ? g + momentum * (buffer[j] - g) : buffer[j]
                    }
                }
            }
            var scale = 1.0
            let shape = parameters[i].shape
            if shape.count == 2 {
                let u = Matrix(rows: shape[0], cols: shape[1], scalars: update)
                update = Muon.orthogonalize(u, steps: newtonSchulzSteps).scalars
                scale = Swift.max(1, Double(shape[0]) / Double(shape[1])).squareRoot()
            }
            parameters[i].scalars.withUnsafeMutableBufferPointer { theta in
                for j in 0..<theta.count { theta[j] = theta[j] * (1 - lr * decay) - lr * scale * update[j] }
            }
        }
    }
}
