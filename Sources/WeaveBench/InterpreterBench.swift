import Foundation
import Interpreter
import Optim

/// The experiment-block interpreter against compiled Swift and CPython, measured in one run.
///
/// The same program — 10,000 Adam steps on a user-written Rosenbrock whose gradient comes from
/// automatic differentiation of the closure — runs three ways:
///   1. interpreted by a weave `Session` (the source below, as a note would write it);
///   2. compiled into this binary, against Optim (the same text as a Swift function);
///   3. in CPython, with a minimal forward-mode dual-number class standing in for `Jet`
///      (timed inside Python around the loop, so start-up and bytecode compilation are excluded).
/// Each is run `rounds` times and the best time kept. The interpreted program is timed twice: as
/// a note block (parsing, compiling and running 10,000 steps) and, like CPython, running only —
/// the difference between 20,000 and 10,000 steps, which cancels the fixed parse and compile
/// cost. Targets (issue 4 §6), in the build `swift run weave` uses: interpreted ≥ 3× faster than
/// CPython and within 20× of compiled Swift.
enum InterpreterBench {
    /// Rounds per contender; the best is reported.
    static let rounds = 5

    /// The benchmark program as a note writes it, with `steps` Adam steps; also valid Swift
    /// against Optim.
    static func source(steps: Int) -> String {
        """
        import Foundation
        import Optim

        let rosenbrock = { (x: [Jet]) -> Jet in
            (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0])
        }
        let lr = 0.001, beta1 = 0.9, beta2 = 0.999, eps = 1e-8
        var x = Vector([-1.5, 2.0])
        var m = [0.0, 0.0]
        var v = [0.0, 0.0]
        for t in 1...\(steps) {
            let g = gradient(of: rosenbrock, at: x)
            for i in 0..<2 {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i]
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
                let mHat = m[i] / (1 - pow(beta1, Double(t)))
                let vHat = v[i] / (1 - pow(beta2, Double(t)))
                x[i] -= lr * mHat / (sqrt(vHat) + eps)
            }
        }
        print(x)
        """
    }

    /// `source`, compiled.
    static func compiled() -> Vector {
        let rosenbrock = { (x: [Jet]) -> Jet in
            (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0])
        }
        let lr = 0.001, beta1 = 0.9, beta2 = 0.999, eps = 1e-8
        var x = Vector([-1.5, 2.0])
        var m = [0.0, 0.0]
        var v = [0.0, 0.0]
        for t in 1...10_000 {
            let g = gradient(of: rosenbrock, at: x)
            for i in 0..<2 {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i]
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
                let mHat = m[i] / (1 - pow(beta1, Double(t)))
                let vHat = v[i] / (1 - pow(beta2, Double(t)))
                x[i] -= lr * mHat / (sqrt(vHat) + eps)
            }
        }
        return x
    }

    /// The same loop in CPython; prints the final point, then the best time in seconds.
    static let python = """
        import math, time
        class Dual:
            __slots__ = ("v", "g")
            def __init__(self, v, g): self.v, self.g = v, g
            def __add__(a, b):
                if isinstance(b, Dual): return Dual(a.v + b.v, [p + q for p, q in zip(a.g, b.g)])
                return Dual(a.v + b, a.g)
            __radd__ = __add__
            def __sub__(a, b):
                if isinstance(b, Dual): return Dual(a.v - b.v, [p - q for p, q in zip(a.g, b.g)])
                return Dual(a.v - b, a.g)
            def __rsub__(a, b): return Dual(b - a.v, [-p for p in a.g])
            def __mul__(a, b):
                if isinstance(b, Dual): return Dual(a.v * b.v, [a.v * q + b.v * p for p, q in zip(a.g, b.g)])
                return Dual(a.v * b, [p * b for p in a.g])
            __rmul__ = __mul__
        def gradient(f, x):
            n = len(x)
            return f([Dual(x[i], [1.0 if j == i else 0.0 for j in range(n)]) for i in range(n)]).g
        def run():
            rosenbrock = lambda x: (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0])
            lr, beta1, beta2, eps = 0.001, 0.9, 0.999, 1e-8
            x = [-1.5, 2.0]; m = [0.0, 0.0]; v = [0.0, 0.0]
            for t in range(1, 10001):
                g = gradient(rosenbrock, x)
                for i in range(2):
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i]
                    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
                    mHat = m[i] / (1 - beta1 ** t)
                    vHat = v[i] / (1 - beta2 ** t)
                    x[i] -= lr * mHat / (math.sqrt(vHat) + eps)
            return x
        best = float("inf")
        for _ in range(\(rounds)):
            start = time.perf_counter(); x = run(); best = min(best, time.perf_counter() - start)
        print(x)
        print(best)
        """

    static func run() throws {
        print("interpreter: 10,000 Adam steps on a user-written Rosenbrock with AD gradients (best of \(rounds))")
        guard let (block, result) = interpret(steps: 10_000), let (twice, _) = interpret(steps: 20_000) else { return }
        let interpreted = twice - block
        var native = Double.infinity, compiledResult = Vector([])
        for _ in 0..<rounds {
            native = min(native, Measure.seconds { compiledResult = compiled() })
        }
        print("  interpreted, as a block  \(milliseconds(block))  (parse, compile, run)  → \(result)")
        print("  interpreted, running     \(milliseconds(interpreted))  (20,000 − 10,000 steps)")
        print("  compiled                 \(milliseconds(native))  → \(compiledResult)")
        print("  interpreted / compiled Swift: \(ratio(interpreted / native))  (target ≤ 20×)")
        if let (cpython, pythonResult) = runPython() {
            print("  CPython                  \(milliseconds(cpython))  (loop only)  → \(pythonResult)")
            print("  CPython / interpreted: \(ratio(cpython / interpreted)) running, \(ratio(cpython / block)) as a block  (target ≥ 3×)")
        } else {
            print("  CPython: python3 not available, skipped")
        }
    }

    /// The best time of `rounds` fresh sessions running `source(steps:)` as one block, and what it
    /// printed; nil (after saying why) if the program failed.
    private static func interpret(steps: Int) -> (Double, String)? {
        var best = Double.infinity, result = ""
        for _ in 0..<rounds {
            let session = Session()
            var outcome: BlockOutcome?
            best = min(best, Measure.seconds { outcome = session.run(source(steps: steps), mode: .normal) })
            guard let outcome, outcome.diagnostics.isEmpty, case .text(let text)? = outcome.outputs.first else {
                print("  interpreted program failed: \(outcome?.diagnostics.map(\.message) ?? [])")
                return nil
            }
            result = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return (best, result)
    }

    /// The CPython loop's best time and what it printed.
    private static func runPython() -> (Double, String)? {
        let lines = Measure.python(python)?.split(separator: "\n").map(String.init) ?? []
        guard lines.count == 2, let time = Double(lines[1]) else { return nil }
        return (time, lines[0])
    }

    private static func milliseconds(_ s: Double) -> String { String(format: "%8.1f ms", s * 1000) }

    private static func ratio(_ r: Double) -> String { String(format: "%.2f×", r) }
}
