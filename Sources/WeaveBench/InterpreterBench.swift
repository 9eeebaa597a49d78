import Foundation
import Interpreter

/// The experiment-block interpreter against compiled Swift (`swiftc -O`) and CPython, measured in
/// one run, on two workloads a note writes:
///   - **AD**: 10,000 Adam steps on a user-written Rosenbrock whose gradient comes from automatic
///     differentiation of the closure (`gradient(of:at:)` with Optim's `Jet` in the block; a
///     minimal forward-mode dual-number type in the compiled and CPython programs);
///   - **plain**: the same 10,000 Adam steps with the gradient written by hand — nothing but
///     `Double` arithmetic and `[Double]` subscripts, the interpreter's hot path.
/// The compiled baselines are standalone programs built here with `swiftc -O` (an unoptimised
/// build would flatter the interpreter about 2.5×) and time their own loop, as the CPython programs
/// do, so start-up is excluded. The interpreted program is timed twice: as a note block (parse,
/// compile, run) and running only — the difference between 110,000 and 10,000 steps, divided by
/// ten, which cancels the fixed parse and compile cost (and, being ten times longer than the noise
/// of one parse, is stable on a loaded machine). Contenders alternate within each round (the machine is
/// noisy); each keeps its best round. Targets (issue 12), in the build `swift run weave` uses:
/// running, the interpreter is ≥ 3× faster than CPython and within 5× of `swiftc -O` on the plain
/// workload.
enum InterpreterBench {
    /// Rounds per contender; the best is reported.
    static let rounds = 5

    /// One program written three ways.
    struct Workload: Sendable {
        /// A short name.
        let name: String
        /// What it computes.
        let summary: String
        /// The block as a note writes it, with `steps` Adam steps.
        let block: @Sendable (Int) -> String
        /// A Swift program that runs 10,000 steps once and prints the result, then the seconds
        /// its loop took.
        let compiled: String
        /// The same for CPython.
        let python: String
    }

    /// Adam's update of `x` by the gradient `g`, in Swift: the text both workloads share.
    private static let adamStep = """
            for i in 0..<2 {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i]
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
                let mHat = m[i] / (1 - pow(beta1, Double(t)))
                let vHat = v[i] / (1 - pow(beta2, Double(t)))
                x[i] -= lr * mHat / (sqrt(vHat) + eps)
            }
    """

    /// The same update in Python.
    private static let pythonAdamStep = """
            for i in range(2):
                m[i] = beta1 * m[i] + (1 - beta1) * g[i]
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
                mHat = m[i] / (1 - beta1 ** t)
                vHat = v[i] / (1 - beta2 ** t)
                x[i] -= lr * mHat / (math.sqrt(vHat) + eps)
    """

    /// The hand-written gradient of Rosenbrock's function, valid Swift and Python.
    private static let handGradient =
        "[-2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] * x[0]), 200 * (x[1] - x[0] * x[0])]"

    /// A Swift program timing `loop` (which defines `x`) with `setup` before it.
    private static func compiledProgram(setup: String, loop: String) -> String {
        """
        import Foundation
        \(setup)
        func run() -> [Double] {
            let lr = 0.001, beta1 = 0.9, beta2 = 0.999, eps = 1e-8
            var x = [-1.5, 2.0]
            var m = [0.0, 0.0]
            var v = [0.0, 0.0]
            for t in 1...10_000 {
        \(loop)
        \(adamStep)
            }
            return x
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let x = run()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(x)
        print(seconds)
        """
    }

    /// A Python program timing `loop` with `setup` before it, as `compiledProgram` does.
    private static func pythonProgram(setup: String, loop: String) -> String {
        """
        import math, time
        \(setup)
        def run():
            lr, beta1, beta2, eps = 0.001, 0.9, 0.999, 1e-8
            x = [-1.5, 2.0]; m = [0.0, 0.0]; v = [0.0, 0.0]
            for t in range(1, 10001):
        \(loop)
        \(pythonAdamStep)
            return x
        start = time.perf_counter(); x = run(); seconds = time.perf_counter() - start
        print(x)
        print(seconds)
        """
    }

    static let workloads = [
        Workload(
            name: "AD",
            summary: "10,000 Adam steps on a user-written Rosenbrock, gradients by automatic differentiation",
            block: { steps in
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
                \(adamStep)
                }
                print(x)
                """
            },
            compiled: compiledProgram(
                setup: """
                    struct Dual {
                        var v: Double
                        var g: [Double]
                        static func + (a: Dual, b: Dual) -> Dual { Dual(v: a.v + b.v, g: zip(a.g, b.g).map { $0 + $1 }) }
                        static func - (a: Dual, b: Dual) -> Dual { Dual(v: a.v - b.v, g: zip(a.g, b.g).map { $0 - $1 }) }
                        static func * (a: Dual, b: Dual) -> Dual { Dual(v: a.v * b.v, g: zip(a.g, b.g).map { a.v * $1 + b.v * $0 }) }
                        static func - (a: Double, b: Dual) -> Dual { Dual(v: a - b.v, g: b.g.map { -$0 }) }
                        static func * (a: Double, b: Dual) -> Dual { Dual(v: a * b.v, g: b.g.map { a * $0 }) }
                    }
                    func gradient(of f: ([Dual]) -> Dual, at x: [Double]) -> [Double] {
                        f(x.indices.map { i in Dual(v: x[i], g: x.indices.map { $0 == i ? 1 : 0 }) }).g
                    }
                    let rosenbrock = { (x: [Dual]) -> Dual in
                        (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0])
                    }
                    """,
                loop: "        let g = gradient(of: rosenbrock, at: x)"),
            python: pythonProgram(
                setup: """
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
                    rosenbrock = lambda x: (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0])
                    """,
                loop: "        g = gradient(rosenbrock, x)")),
        Workload(
            name: "plain",
            summary: "10,000 Adam steps on Rosenbrock with a hand-written gradient (Double arithmetic, [Double] subscripts)",
            block: { steps in
                """
                import Foundation

                let lr = 0.001, beta1 = 0.9, beta2 = 0.999, eps = 1e-8
                var x = [-1.5, 2.0]
                var m = [0.0, 0.0]
                var v = [0.0, 0.0]
                for t in 1...\(steps) {
                    let g = \(handGradient)
                \(adamStep)
                }
                print(x)
                """
            },
            compiled: compiledProgram(setup: "", loop: "        let g = \(handGradient)"),
            python: pythonProgram(setup: "", loop: "        g = \(handGradient)")),
    ]

    static func run() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("weave-interpreter-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for workload in workloads {
            try measure(workload, scratch: scratch)
        }
    }

    /// Best times in seconds, per contender.
    private struct Best {
        var block = Double.infinity, longer = Double.infinity, compiled = Double.infinity, python = Double.infinity
    }

    private static func measure(_ workload: Workload, scratch: URL) throws {
        print("interpreter, \(workload.name): \(workload.summary) (best of \(rounds), alternated)")
        let binary = compile(workload.compiled, named: workload.name, in: scratch)
        if binary == nil { print("  swiftc -O: not available or failed, skipped") }
        let hasPython = Measure.python("print(1)") != nil
        var best = Best()
        var results: [String: String] = [:]
        for _ in 0..<rounds {
            guard let (block, printed) = interpret(workload.block(10_000)), let (longer, _) = interpret(workload.block(10_000 + 10 * 10_000)) else { return }
            best.block = min(best.block, block)
            best.longer = min(best.longer, longer)
            results["interpreted"] = printed
            if let binary, let (seconds, printed) = timedRun(binary.path, []) {
                best.compiled = min(best.compiled, seconds)
                results["compiled"] = printed
            }
            if hasPython, let (seconds, printed) = timedRun("/usr/bin/env", ["python3", "-c", workload.python]) {
                best.python = min(best.python, seconds)
                results["python"] = printed
            }
        }
        let running = (best.longer - best.block) / 10
        print("  interpreted, as a block  \(milliseconds(best.block))  (parse, compile, run)  → \(results["interpreted"] ?? "")")
        print("  interpreted, running     \(milliseconds(running))  (per 10,000 steps: 110,000 − 10,000 steps, ÷ 10)")
        if best.compiled.isFinite {
            print("  swiftc -O                \(milliseconds(best.compiled))  (loop only)  → \(results["compiled"] ?? "")")
            print("  interpreted / swiftc -O: \(ratio(running / best.compiled)) running  (target ≤ 5× on plain)")
        }
        if best.python.isFinite {
            print("  CPython                  \(milliseconds(best.python))  (loop only)  → \(results["python"] ?? "")")
            print("  CPython / interpreted: \(ratio(best.python / running)) running, \(ratio(best.python / best.block)) as a block  (target ≥ 3×)")
        }
    }

    /// `source` compiled with `swiftc -O` into `scratch`; nil if swiftc is missing or fails.
    private static func compile(_ source: String, named name: String, in scratch: URL) -> URL? {
        let file = scratch.appendingPathComponent("\(name).swift")
        let binary = scratch.appendingPathComponent(name)
        guard (try? source.write(to: file, atomically: true, encoding: .utf8)) != nil,
              Measure.run("/usr/bin/env", ["swiftc", "-O", "-suppress-warnings", file.path, "-o", binary.path])
        else { return nil }
        return binary
    }

    /// Runs a program that prints its result and then the seconds it measured; both, or nil.
    private static func timedRun(_ executable: String, _ arguments: [String]) -> (Double, String)? {
        guard let output = Measure.output(of: executable, arguments) else { return nil }
        let lines = output.split(separator: "\n").map(String.init)
        guard lines.count == 2, let seconds = Double(lines[1]) else { return nil }
        return (seconds, lines[0])
    }

    /// The time a fresh session takes to run `source` as one block, and what it printed; nil
    /// (after saying why) if the program failed.
    private static func interpret(_ source: String) -> (Double, String)? {
        let session = Session()
        var outcome: BlockOutcome?
        let seconds = Measure.seconds { outcome = session.run(source, mode: .normal) }
        guard let outcome, outcome.diagnostics.isEmpty, case .text(let text)? = outcome.outputs.first else {
            print("  interpreted program failed: \(outcome?.diagnostics.map(\.message) ?? [])")
            return nil
        }
        return (seconds, text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func milliseconds(_ s: Double) -> String { String(format: "%8.2f ms", s * 1000) }

    private static func ratio(_ r: Double) -> String { String(format: "%.2f×", r) }
}
