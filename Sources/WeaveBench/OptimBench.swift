import Dispatch
import Foundation
import Optim

/// `WeaveBench optim`: memory bandwidth of the torch.optim ports on 10⁷ Float64 parameters, as a
/// ratio to a STREAM-style triad measured in the same run, and Adam's speed as a ratio to torch's
/// fused CPU Adam (`torch.optim.Adam(..., fused=True)`) when `python3 -c "import torch"` works.
///
/// Bytes counted per element and step (each array is touched once by the fused single pass; arrays
/// that are written are also read, so write-allocate adds no traffic):
///
///     Adam, AdamW    read θ, g, m, v; write θ, m, v      7 × 8 = 56 B
///     SGD momentum   read θ, g, b;    write θ, b         5 × 8 = 40 B
///     triad          read b, c;       write a            3 × 8 = 24 B  (STREAM's count)
///
/// The triad's store to `a` also reads `a` into cache first (write-allocate), so its true traffic is
/// 32 B per element; the report gives the ratio against both counts.
///
/// On x86-64, Swift compiles for the baseline ISA (SSE2) unless told otherwise, so Adam's square root
/// and two divisions per element run two lanes wide and bound its speed before memory does, while
/// torch picks AVX2/AVX-512 kernels at run time. Building for the host CPU,
///
///     swift run -c release -Xswiftc -target-cpu -Xswiftc native WeaveBench optim
///
/// vectorises them eight wide with the same results (Swift never contracts a·b + c into a fused
/// multiply-add, so the per-element arithmetic is unchanged).
///
/// The machine may be shared, so the kernels are timed in interleaved rounds (triad, Adam, AdamW,
/// SGD, torch, then again), each kernel's best round is kept, and torch runs in a child `python3`
/// that stays alive and times one step per request, so that every ratio compares measurements taken
/// under the same load. Every kernel uses all cores (torch: its default thread count; the Swift
/// kernels: 8 chunks per core taken in turn by Dispatch's worker threads).
enum OptimBench {
    /// Parameters per optimizer: 10⁷ Float64, 80 MB per array.
    static let count = 10_000_000
    /// Interleaved rounds; each kernel's best is reported.
    static let rounds = 25

    /// Runs the benchmark and prints timings, bandwidths and ratios.
    static func run() throws {
        let threads = ProcessInfo.processInfo.activeProcessorCount
        print("optim: \(count) Float64 parameters, best of \(rounds) interleaved rounds, \(threads) threads")

        var triadArrays = (a: [Double](repeating: 0, count: count), b: problemScalars(1000), c: problemScalars(997))
        var adam = try Subject(try Adam(lr: 1e-3))
        var adamW = try Subject(try AdamW(lr: 1e-3))
        var sgd = try Subject(try SGD(lr: 1e-3, momentum: 0.9))
        let torch = TorchFusedAdam()

        var best = (triad: Double.infinity, adam: Double.infinity, adamW: Double.infinity, sgd: Double.infinity,
                    torch: Double.infinity)
        for _ in 0..<rounds {
            best.triad = min(best.triad, Measure.seconds { triad(&triadArrays.a, triadArrays.b, triadArrays.c) })
            best.adam = min(best.adam, try adam.timeStep())
            best.adamW = min(best.adamW, try adamW.timeStep())
            best.sgd = min(best.sgd, try sgd.timeStep())
            if let torch, let step = torch.timeStep() { best.torch = min(best.torch, step) }
        }

        let triadBandwidth = gigabytesPerSecond(bytesPerElement: 24, seconds: best.triad)
        let triadTrueBandwidth = gigabytesPerSecond(bytesPerElement: 32, seconds: best.triad)
        print(String(format: "  %@ %7.2f ms  %6.2f GB/s  (24 B/elem; %.2f GB/s counting write-allocate)",
                     label("triad a = b + s·c"), best.triad * 1e3, triadBandwidth, triadTrueBandwidth))
        for (name, seconds, bytes) in [
            ("Adam step", best.adam, 56), ("AdamW step", best.adamW, 56), ("SGD momentum step", best.sgd, 40),
        ] {
            let bandwidth = gigabytesPerSecond(bytesPerElement: bytes, seconds: seconds)
            print(String(format: "  %@ %7.2f ms  %6.2f GB/s  (%d B/elem)  %.2f × triad  (%.2f × with write-allocate)",
                         label(name), seconds * 1e3, bandwidth, bytes, bandwidth / triadBandwidth,
                         bandwidth / triadTrueBandwidth))
        }
        guard let torch, best.torch.isFinite else {
            print("  torch fused Adam: skipped (python3 cannot import torch)")
            return
        }
        print(String(format: "  %@ %7.2f ms  %6.2f GB/s  (torch %@, %d threads)",
                     label("torch fused Adam"), best.torch * 1e3,
                     gigabytesPerSecond(bytesPerElement: 56, seconds: best.torch), torch.version as NSString, torch.threads))
        print(String(format: "  Swift Adam / torch fused Adam speed ratio: %.2f  (> 1: Swift faster)", best.torch / best.adam))
    }

    /// A row label padded to a common width, for `String(format:)`'s `%@`.
    static func label(_ text: String) -> NSString {
        text.padding(toLength: 18, withPad: " ", startingAt: 0) as NSString
    }

    /// Bandwidth in GB/s (10⁹ bytes) of a pass moving `bytesPerElement` per element in `seconds`.
    static func gigabytesPerSecond(bytesPerElement: Int, seconds: Double) -> Double {
        Double(bytesPerElement * count) / seconds / 1e9
    }

    /// Deterministic values in [−1, 1): `(i mod period)` scaled; torch's child builds the same ones.
    static func problemScalars(_ period: Int) -> [Double] {
        (0..<count).map { Double($0 % period) * (2.0 / Double(period)) - 1 }
    }

    /// An optimizer with its own parameters and a fixed gradient, stepped once untimed (creating
    /// its state) on creation.
    struct Subject<Optimizer: GradientOptimizer> {
        var optimizer: Optimizer
        var parameters = [Tensor(shape: [count], scalars: problemScalars(1000))]
        let gradients = [Tensor(shape: [count], scalars: problemScalars(997))]

        /// Wraps `optimizer` and takes its first, state-creating step.
        init(_ optimizer: Optimizer) throws {
            self.optimizer = optimizer
            try self.optimizer.step(&parameters, gradients: gradients)
        }

        /// The seconds one step takes.
        mutating func timeStep() throws -> Double {
            try Measure.seconds { try optimizer.step(&parameters, gradients: gradients) }
        }
    }

    /// One STREAM triad pass a[i] = b[i] + s·c[i], split into 8 chunks per core like the optimizers' loops.
    static func triad(_ a: inout [Double], _ b: [Double], _ c: [Double]) {
        a.withUnsafeMutableBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeBufferPointer { c in
                    let shared = TriadBuffers(a: a, b: b, c: c)
                    let chunks = 8 * ProcessInfo.processInfo.activeProcessorCount
                    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                        let (a, b, c, s) = (shared.a, shared.b, shared.c, 3.0)
                        for i in count * chunk / chunks..<count * (chunk + 1) / chunks {
                            a[i] = b[i] + s * c[i]
                        }
                    }
                }
            }
        }
    }

    /// The triad's buffers, handed to the worker threads, which write disjoint ranges of `a`.
    struct TriadBuffers: @unchecked Sendable {
        let a: UnsafeMutableBufferPointer<Double>
        let b: UnsafeBufferPointer<Double>
        let c: UnsafeBufferPointer<Double>
    }

    /// torch's fused CPU Adam on the same problem, in a child `python3` that times one step per
    /// line it reads and answers with the seconds taken.
    final class TorchFusedAdam {
        /// torch's version string.
        let version: String
        /// torch's intra-op thread count.
        let threads: Int
        private let process = Process()
        private let requests = Pipe()
        private let replies: LineReader

        /// The child's program: set up the same problem, then one timed step per input line.
        static let script = """
            import sys, time, torch
            n = \(count)
            p = (torch.arange(n, dtype=torch.float64) % 1000) * (2.0 / 1000) - 1
            p.grad = (torch.arange(n, dtype=torch.float64) % 997) * (2.0 / 997) - 1
            opt = torch.optim.Adam([p], lr=1e-3, fused=True)
            opt.step()
            print(torch.__version__, torch.get_num_threads(), flush=True)
            for _ in sys.stdin:
                start = time.perf_counter()
                opt.step()
                print(time.perf_counter() - start, flush=True)
            """

        /// Starts the child; nil if `python3` or torch is missing.
        init?() {
            let output = Pipe()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", Self.script]
            process.standardInput = requests
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            replies = LineReader(output.fileHandleForReading)
            do { try process.run() } catch { return nil }
            let header = replies.next()?.split(separator: " ") ?? []
            guard header.count == 2, let threads = Int(header[1]) else {
                process.terminate()
                return nil
            }
            version = String(header[0])
            self.threads = threads
        }

        deinit {
            try? requests.fileHandleForWriting.close()
            process.waitUntilExit()
        }

        /// The seconds one torch step took, or nil if the child has gone.
        func timeStep() -> Double? {
            do { try requests.fileHandleForWriting.write(contentsOf: Data("step\n".utf8)) } catch { return nil }
            return replies.next().flatMap(Double.init)
        }
    }

    /// Splits a pipe's output into lines.
    final class LineReader {
        private let handle: FileHandle
        private var buffer = Data()

        /// Reads from `handle`.
        init(_ handle: FileHandle) { self.handle = handle }

        /// The next line without its newline, or nil at end of file.
        func next() -> String? {
            while true {
                if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: buffer[..<newline], as: UTF8.self)
                    buffer.removeSubrange(...newline)
                    return line
                }
                let chunk = handle.availableData
                if chunk.isEmpty { return nil }
                buffer.append(chunk)
            }
        }
    }
}
