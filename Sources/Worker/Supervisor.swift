#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Interpreter
import Synchronization

/// Runs one note's experiments in a worker process and holds it to its limits, the way a notebook
/// client holds a kernel: the process that owns the document never runs note code.
///
/// Blocks go to the worker one at a time, in order, and share its session. The supervisor gives
/// each block its time budget plus a grace period and watches the worker's resident memory; a
/// worker past either, or one that dies (a trap, a signal), is stopped, and the block gets an
/// error at its first line. The next block then runs in a fresh worker that first *replays* every
/// block and inline value that completed before, silently: everything is seeded, so the replay
/// rebuilds the same state, and the page is the same as if nothing had failed. A block that its
/// budget stopped is left out of the replay, since how far it got depends on the machine's speed.
/// If a replay cannot complete, the remaining blocks are not run and say why.
public final class Supervisor {
    private let executable: String
    private let options: SessionOptions
    private let limits: WorkerLimits
    /// The sources of the blocks the note will run, in order, for the worker to parse ahead.
    private let upcoming: [String]
    private var process: WorkerProcess?
    /// Requests that completed, in order: what a fresh worker replays.
    private var completed: [Request] = []
    /// Why no more blocks can run, once a replay has failed.
    private var lost: String?
    /// Output bytes delivered so far in the note.
    private var outputBytes = 0
    /// Whether every reply so far came from a worker that stayed within its limits: no block was
    /// stopped by its time or memory budget and no worker died. Only then is the note's output a
    /// function of its source alone (how far a stopped block got depends on the machine), which is
    /// what a build cache may keep.
    public private(set) var stayedWithinLimits = true

    /// A supervisor for one note, starting `executable` (see ``defaultExecutable``) when the first
    /// block runs. `upcoming` lists the sources of the blocks the note will run, in order, if known:
    /// the worker parses them on a second thread while earlier ones run.
    public init(executable: String, options: SessionOptions, limits: WorkerLimits, upcoming: [String] = []) {
        self.executable = executable
        self.options = options
        self.limits = limits
        self.upcoming = upcoming
    }

    deinit {
        process?.stop()
    }

    /// The running worker's process id, if one runs.
    var workerProcessID: pid_t? { process?.pid }

    /// The worker executable: `$WEAVE_WORKER` if set, else `weave-worker` beside the running
    /// executable (where `swift build` puts both, and where a release copies them).
    public static var defaultExecutable: String {
        if let path = getenv("WEAVE_WORKER") { return String(cString: path) }
        var bytes = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &bytes, bytes.count - 1)
        let own = n > 0 ? String(decoding: bytes[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        let folder = own.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return (folder.isEmpty ? "." : folder) + "/weave-worker"
    }

    /// Runs one block; problems of the worker itself come back as the block's errors, located at
    /// its first line. With `styled`, the worker also classifies the source for highlighting, from
    /// the tree it parsed to run it (nil if the block could not be parsed or the worker failed).
    public func run(_ source: String, mode: BlockMode, styled: Bool = false) -> (outcome: BlockOutcome, styles: [StyledRange]?) {
        switch exchange(.run(source: source, mode: mode, styled: styled)) {
        case .success(.block(_, interrupted: true, _)) where mode == .expectError:
            // Where the budget stopped the block depends on the machine's speed, so it is never
            // the error the block was expected to raise.
            return (failure("time budget of \(LimitText.seconds(options.timeBudget)) s exceeded; a block stopped by its budget does not count as the expected error"), nil)
        case .success(.block(var outcome, _, let styles)):
            let size = outcome.outputs.reduce(0) { $0 + $1.byteCount }
            if outputBytes + size > limits.noteOutputBytes {
                outcome.outputs = [.text("output omitted: the note's output exceeds \(LimitText.bytes(limits.noteOutputBytes))\n")]
            } else {
                outputBytes += size
            }
            return (outcome, styles)
        case .success:
            return (failure("the experiment worker answered out of turn"), nil)
        case .failure(let problem):
            return (failure(problem.message), nil)
        }
    }

    /// Evaluates an inline value, shown with `format` if given (see `Session.evaluate(inline:format:)`);
    /// problems of the worker come back as its failure.
    public func evaluate(inline expression: String, format: String? = nil) -> InlineOutcome {
        switch exchange(.evaluate(expression: expression, format: format)) {
        case .success(.inline(let outcome, _)): return outcome
        case .success: return .failure(Self.diagnostic("the experiment worker answered out of turn"))
        case .failure(let problem): return .failure(Self.diagnostic(problem.message))
        }
    }

    private func failure(_ message: String) -> BlockOutcome {
        BlockOutcome(status: .failed, outputs: [], checks: [], diagnostics: [Self.diagnostic(message)])
    }

    private static func diagnostic(_ message: String) -> BlockDiagnostic {
        BlockDiagnostic(line: 1, column: 1, message: message, isError: true)
    }

    // MARK: The exchange

    /// Why a request got no reply.
    private struct Problem: Error {
        var message: String
    }

    /// Sends `request` to a live worker (starting and replaying one if needed) and waits for its
    /// reply within the limits.
    private func exchange(_ request: Request) -> Result<Reply, Problem> {
        if let lost { return .failure(Problem(message: lost)) }
        if process == nil {
            if case .failure(let problem) = revive() {
                stayedWithinLimits = false
                return .failure(problem)
            }
        }
        let result = send(request, to: process!)
        switch result {
        case .success(.block(_, let interrupted, _)), .success(.inline(_, let interrupted)):
            if interrupted {
                stayedWithinLimits = false
                retire()
            } else if case .run(let source, let mode, true) = request {
                completed.append(.run(source: source, mode: mode, styled: false))  // a replay shows nothing
            } else {
                completed.append(request)
            }
        case .success(.ready):
            break
        case .failure:
            stayedWithinLimits = false
            retire()
        }
        return result
    }

    /// Starts a worker (or takes the spare) and replays what completed before; on failure the note
    /// is lost.
    private func revive() -> Result<Void, Problem> {
        var taken = Self.takeSpare(executable)
        if let spare = taken, case .failure = send(.start(options, limits, upcoming: upcoming), to: spare) {
            // The spare died while it waited: a fresh worker takes its place.
            spare.stop()
            taken = nil
        }
        let worker: WorkerProcess
        if let taken {
            worker = taken
        } else {
            switch WorkerProcess.start(executable) {
            case .success(let w): worker = w
            case .failure(let e):
                lost = "cannot start the experiment worker \(executable): \(e.reason)"
                return .failure(Problem(message: lost!))
            }
            if case .failure(let problem) = send(.start(options, limits, upcoming: upcoming), to: worker) {
                lost = "the experiment worker did not start: \(problem.message)"
                return .failure(Problem(message: lost!))
            }
        }
        for (index, request) in completed.enumerated() {
            if case .failure(let problem) = send(request, to: worker) {
                lost = "not run: after an earlier failure, replaying the note's \(Self.ordinal(index + 1)) experiment to restore its state failed (\(problem.message))"
                return .failure(Problem(message: lost!))
            }
        }
        process = worker
        return .success(())
    }

    // MARK: The spare worker

    /// A worker process started ahead of time and not yet given a note: starting one (loading the
    /// executable and the Swift runtime) is a fixed cost the next note's first block need not wait
    /// for. It has received nothing, so it is exactly the fresh worker ``revive()`` would start:
    /// its session begins only with the `start` request that carries the note's options and limits.
    private final class Spare: @unchecked Sendable {
        // Only touched under `spare`'s lock.
        var process: WorkerProcess?
        var executable = ""
    }

    private static let spare = Mutex(Spare())

    /// Starts a worker of `executable` now, unless one is already waiting, for the next note that
    /// runs experiments to take (`weave preview` calls this after each build, so a code edit does
    /// not wait for a process to start). The kernel ends the worker when the thread that started it
    /// ends (see `Sandbox.dieWithParent()`), so call this from a thread that lives as long as the
    /// spare should.
    ///
    /// `likely` are the sources of blocks the next note will probably run (the blocks of the note
    /// an author is editing): the spare parses them while it waits, so that of an edited note only
    /// the changed blocks are parsed when it runs.
    public static func startSpare(_ executable: String, likely: [String] = []) {
        spare.withLock { spare in
            if spare.process == nil || spare.executable != executable {
                spare.process?.stop()
                spare.process = try? WorkerProcess.start(executable).get()
                spare.executable = executable
            }
            guard let process = spare.process, !likely.isEmpty, let bytes = try? Frame.encode(Request.parseAhead(likely)) else { return }
            // A spare that died is found when it is taken, and replaced then.
            _ = Channel.send(bytes, to: process.socket)
        }
    }

    /// The spare worker's process id, if one waits.
    static var sparePID: pid_t? { spare.withLock { $0.process?.pid } }

    /// The spare worker of `executable`, if one waits; it is no longer the spare.
    private static func takeSpare(_ executable: String) -> WorkerProcess? {
        spare.withLock { spare in
            guard spare.executable == executable, let process = spare.process else { return nil }
            spare.process = nil
            return process
        }
    }

    /// Stops the current worker; the next request starts a fresh one.
    private func retire() {
        process?.stop()
        process = nil
    }

    /// One request and its reply, or why there is none.
    private func send(_ request: Request, to worker: WorkerProcess) -> Result<Reply, Problem> {
        guard let bytes = try? Frame.encode(request), Channel.send(bytes, to: worker.socket) else {
            return .failure(ended(worker))
        }
        // The worker's processor time counts, as its own budget does (see `SessionOptions.timeBudget`);
        // four times as much wall time stops one that waits without working.
        let budget = options.timeBudget + limits.graceSeconds
        let start = Clock.now
        let startProcessor = worker.processorSeconds
        while true {
            do {
                if let reply = try Frame.decode(Reply.self, from: &worker.buffer) { return .success(reply) }
            } catch {
                worker.stop()
                return .failure(Problem(message: "the experiment worker sent a malformed reply (\(error))"))
            }
            let elapsed = Clock.now - start
            let used = startProcessor.flatMap { first in worker.processorSeconds.map { $0 - first } } ?? elapsed
            if used > budget || elapsed > 4 * options.timeBudget + limits.graceSeconds {
                worker.stop()
                return .failure(Problem(message: "time budget of \(LimitText.seconds(options.timeBudget)) s exceeded (the block was stopped inside a library call)"))
            }
            switch worker.wait(milliseconds: Int32(min(20, max(1, (budget - elapsed) * 1000)))) {
            case .data: continue
            case .closed: return .failure(ended(worker))
            case .idle:
                if let resident = worker.residentBytes, resident > limits.memoryBytes {
                    worker.stop()
                    return .failure(Problem(message: "memory budget of \(LimitText.bytes(limits.memoryBytes)) exceeded"))
                }
            }
        }
    }

    /// The problem of a worker that closed its socket: its trap message or its signal.
    private func ended(_ worker: WorkerProcess) -> Problem {
        let termination = worker.reap()
        let text = String(decoding: worker.errorText, as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.filter { !$0.isASCII || $0.asciiValue! >= 32 } }
        let trap = lines.last { $0.contains("Fatal error") || $0.contains("fatal error") } ?? lines.last { !$0.isEmpty }
        var message = "the experiment worker crashed"
        switch termination {
        case .signalled(let signal): message += " (\(Self.signalName(signal)))"
        case .exited(let status): message += " (exit status \(status))"
        }
        if let trap { message += ": " + trap.drop { $0 == " " } }
        return Problem(message: message)
    }

    // MARK: Formatting

    private static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGILL: "SIGILL: a Swift runtime trap"
        case SIGTRAP: "SIGTRAP: a Swift runtime trap"
        case SIGABRT: "SIGABRT"
        case SIGSEGV: "SIGSEGV: a memory access violation"
        case SIGBUS: "SIGBUS"
        case SIGKILL: "SIGKILL"
        case SIGXCPU: "SIGXCPU"
        case SIGXFSZ: "SIGXFSZ: it tried to write a file"
        default: "signal \(signal)"
        }
    }

    private static func ordinal(_ n: Int) -> String {
        let suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]
        return "\(n)\(suffix)"
    }
}

/// Monotonic seconds.
enum Clock {
    static var now: Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
