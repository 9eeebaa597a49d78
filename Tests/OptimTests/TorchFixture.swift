import Foundation
import Optim

/// A trajectory file recorded from PyTorch by `Fixtures/record_torch.py`, and the replay of its runs.
struct TorchFixture: Decodable {
    /// One option value as the recorder writes it.
    enum Option: Decodable, Equatable {
        case flag(Bool)
        case number(Double)
        case pair(Double, Double)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                self = .flag(flag)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                let pair = try container.decode([Double].self)
                guard pair.count == 2 else {
                    throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a pair")
                }
                self = .pair(pair[0], pair[1])
            }
        }
    }

    /// Option values by camelCase name, with typed accessors that fail loudly on a missing key.
    struct Options {
        let values: [String: Option]

        func number(_ key: String) -> Double {
            guard case .number(let value) = values[key] else { fatalError("fixture option \(key) is not a number") }
            return value
        }

        func flag(_ key: String) -> Bool {
            guard case .flag(let value) = values[key] else { fatalError("fixture option \(key) is not a flag") }
            return value
        }

        func pair(_ key: String) -> (Double, Double) {
            guard case .pair(let a, let b) = values[key] else { fatalError("fixture option \(key) is not a pair") }
            return (a, b)
        }
    }

    /// One recorded run.
    struct Configuration: Decodable {
        let name: String
        let options: [String: Option]
        /// `[step, lr]` pairs: before 1-based `step`, the learning rate becomes `lr`.
        let lrChanges: [[Double]]
        let steps: Int
        let shapes: [[Int]]
        let initial: [Double]
        /// The flattened parameters (x then W) after each step.
        let trajectory: [[Double]]
    }

    let optimizer: String
    let torch: String
    /// torch's defaults for the optimizer, camelCase.
    let defaults: [String: Option]
    let configurations: [Configuration]

    /// Loads `Fixtures/Torch/<optimizer>.json` from the test bundle.
    static func load(_ optimizer: String) throws -> TorchFixture {
        guard let directory = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        let url = directory.appendingPathComponent("Torch").appendingPathComponent("\(optimizer).json")
        return try JSONDecoder().decode(TorchFixture.self, from: Data(contentsOf: url))
    }

    /// The options of `configuration` on top of torch's defaults: every key the initialiser takes.
    func resolvedOptions(_ configuration: Configuration) -> Options {
        Options(values: defaults.merging(configuration.options) { _, chosen in chosen })
    }

    /// The exact gradient of the recorder's objective, with the same operation order as its Python
    /// `gradient`, so both sides compute bit-identical gradients from identical parameters.
    static func gradient(x: [Double], w: [Double]) -> (x: [Double], w: [Double]) {
        var gx = [Double](repeating: 0, count: x.count)
        for i in 0..<(x.count - 1) {
            let r = x[i + 1] - x[i] * x[i]
            gx[i] = gx[i] - 40.0 * x[i] * r - 2.0 * (1.0 - x[i])
            gx[i + 1] = gx[i + 1] + 20.0 * r
        }
        var s = 0.0
        for v in w { s = s + v }
        gx[0] = gx[0] + 0.3 * s
        var gw = [Double](repeating: 0, count: w.count)
        for (k, v) in w.enumerated() {
            let c = 1.0 + 0.25 * Double(k)
            gw[k] = c * v + 0.4 * v * v * v + 0.3 * x[0]
        }
        return (gx, gw)
    }

    /// Replays `configuration` with `optimizer` and returns, per step, the normwise relative error
    /// ‖θ_swift − θ_torch‖∞ / ‖θ_torch‖∞ over all parameter scalars.
    static func replay(
        _ configuration: Configuration, with optimizer: inout some GradientOptimizer, maximize: Bool
    ) throws -> [Double] {
        let shapes = configuration.shapes
        let sizes = shapes.map { $0.reduce(1, *) }
        var parameters = [
            Tensor(shape: shapes[0], scalars: Array(configuration.initial[..<sizes[0]])),
            Tensor(shape: shapes[1], scalars: Array(configuration.initial[sizes[0]...])),
        ]
        let changes = Dictionary(uniqueKeysWithValues: configuration.lrChanges.map { (Int($0[0]), $0[1]) })
        let sign = maximize ? -1.0 : 1.0
        var errors: [Double] = []
        for step in 1...configuration.steps {
            if let lr = changes[step] { optimizer.lr = lr }
            let (gx, gw) = gradient(x: parameters[0].scalars, w: parameters[1].scalars)
            let gradients = [
                Tensor(shape: shapes[0], scalars: gx.map { sign * $0 }),
                Tensor(shape: shapes[1], scalars: gw.map { sign * $0 }),
            ]
            try optimizer.step(&parameters, gradients: gradients)
            let actual = parameters[0].scalars + parameters[1].scalars
            let expected = configuration.trajectory[step - 1]
            // A NaN or infinite parameter counts as an infinite error (`max` would skip NaN).
            let difference =
                actual.allSatisfy(\.isFinite) ? zip(actual, expected).map { abs($0 - $1) }.max() ?? 0 : .infinity
            let scale = expected.map(abs).max() ?? .nan
            errors.append(difference / scale)
        }
        return errors
    }
}
