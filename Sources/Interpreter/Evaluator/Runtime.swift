import Foundation
import Optim
import Synchronization

/// A location within a block's source, 1-based.
struct SourcePoint: Sendable, Equatable {
    /// The line.
    var line: Int
    /// The column, in UTF-8 bytes as swift-syntax counts them.
    var column: Int
    /// The number of the block whose code it is in, among the blocks the session ran; nil for
    /// an inline value's expression.
    var block: Int? = nil
}

/// An error from compiling or running a block, with where it happened.
///
/// Unchecked `Sendable`: a thrown value is created and caught on the thread running the block,
/// and handed to the session's thread only after that thread has finished.
struct InterpreterError: Error, @unchecked Sendable {
    /// What went wrong, phrased for the note's author.
    var message: String
    /// Where it happened.
    var at: SourcePoint
    /// The error value of a Swift `throw` (or of a throwing Optim call), which `catch` can
    /// match; nil for a trap such as an index out of range, which Swift cannot catch.
    var thrown: Value? = nil
}

/// The state shared by all compiled code of one session: output, checks and limits.
///
/// Compiled closures capture the runtime directly, so the hot path never looks it up.
/// Limits are checked cheaply: a timer marks the block's deadline as passed, and every tick (each
/// loop iteration and call) reads that mark, so a slow call in a short loop is caught at the next
/// tick after the deadline, not thousands of ticks later.
final class Runtime {
    /// The session's limits.
    let options: SessionOptions
    /// Outputs of the running block, in order.
    var outputs: [BlockOutput] = []
    /// Text printed since the last non-text output.
    var pendingText = ""
    /// Results of `expect` in the running block.
    var checks: [CheckResult] = []
    /// Call depth (`counters[0]`), in raw storage so the hottest counter needs no exclusivity
    /// checks.
    private let counters = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    /// The number of the running block (or inline value), counting from 1.
    private var generation = 0
    /// The number of the last block whose deadline passed, set by `watchdog`.
    private let expired = Deadline()
    /// The timer that marks the running block's deadline as passed.
    private var watchdog: (any DispatchSourceTimer)?
    /// The processor time the running block has used, which its budget counts.
    private(set) var blockClock = BlockClock()
    /// What Optim's long kernels watch while the running block calls them; the watchdog requests
    /// it with the deadline, so a single long library call stops too (see `checkLibraryCall`).
    private(set) var interruption = Interruption()
    /// The note's random-number generator, seeded per session.
    var random: SplitMix64
    /// The Optim and Figures bindings, made on first use.
    lazy var bindings = Bindings(seed: options.seed)
    /// Figures emitted so far in the session, for unique SVG id prefixes (`fig1`, `fig2`, …).
    var figureCount = 0
    /// Whether the running block's time budget stopped it.
    private(set) var interrupted = false
    /// The error of a note's code that a library ran through a requirement of one of its
    /// protocols that cannot throw (a schedule's `learningRate(at:)`, an optimizer's `lr`): the
    /// library call stops with it as soon as it returns or throws (see `checkLibraryCall`), and
    /// no more of the note's code runs for the library until then (see `NoteMembers`).
    var libraryCallFailure: InterpreterError?
    /// Bytes of output of the running block so far, and whether some were dropped.
    private var outputBytes = 0
    private var truncated = false
    /// Optim's `OptimError` as a type of the notes, so its errors can be caught and matched.
    let optimError = StructType.optimError()
    /// Swift's `CancellationError`, as a type of the notes.
    let cancellationError = StructType.cancellationError()
    /// Foundation's `NSError`, as a type of the notes.
    let nsError = StructType.nsError()
    /// Swift's `FloatingPointSign`, the type of `x.sign`, as an enum of the notes.
    let floatingPointSign = StructType.floatingPointSign()
    /// Foundation's `ComparisonResult`, what `caseInsensitiveCompare(_:)` answers, as an enum of the notes.
    let comparisonResult = StructType.comparisonResult()

    /// A runtime with the given limits.
    init(options: SessionOptions) {
        self.options = options
        self.random = SplitMix64(seed: options.seed)
        counters.initialize(repeating: 0, count: 1)
    }

    deinit {
        watchdog?.cancel()
        counters.deallocate()
    }

    /// Starts a block: clears its outputs and arms the time budget.
    func begin() {
        outputs = []
        pendingText = ""
        checks = []
        counters[0] = 0
        interrupted = false
        libraryCallFailure = nil
        outputBytes = 0
        truncated = false
        // A budget beyond 30 years (or not a number) is no budget: it cannot overflow the clock.
        let budget = options.timeBudget.isNaN ? 1e9 : min(max(0, options.timeBudget), 1e9)
        generation += 1
        watchdog?.cancel()
        let timer = DispatchSource.makeTimerSource(queue: .global())
        interruption = Interruption()
        blockClock = BlockClock()
        let (mark, block, interruption, clock, start) = (expired, generation, interruption, blockClock, ContinuousClock.now)
        // The budget counts the processor time of the threads that compile and run the block, so
        // that a block stops at the same point however loaded the machine is. It cannot have used
        // more than the wall time passed, so the first look is at the budget's wall time, then
        // every 20 ms; four times the budget in wall time stops a block that waits without working.
        timer.setEventHandler {
            guard clock.seconds >= budget || start.duration(to: .now) >= .seconds(4 * budget) else { return }
            mark.value.store(block, ordering: .relaxed)
            interruption.request()
        }
        timer.schedule(deadline: .now() + budget, repeating: .milliseconds(20), leeway: .milliseconds(5))
        timer.resume()
        watchdog = timer
    }

    /// Appends printed text, unless the block's output cap is reached.
    func write(_ text: String) {
        if libraryCallFailure == nil, admit(text.utf8.count) { pendingText += text }
    }

    /// Appends a non-text output, after any pending text, unless the block's output cap is reached.
    func emit(_ output: BlockOutput) {
        guard libraryCallFailure == nil, admit(output.byteCount) else { return }
        flushText()
        outputs.append(output)
    }

    /// Counts `size` more bytes of output; false once they would pass the cap, and then a notice
    /// takes the place of everything that follows.
    private func admit(_ size: Int) -> Bool {
        if truncated { return false }
        if outputBytes + size <= options.maxOutputBytes {
            outputBytes += size
            return true
        }
        truncated = true
        pendingText += "\n… output truncated after \(LimitText.bytes(options.maxOutputBytes))\n"
        return false
    }

    /// Moves pending printed text into `outputs`.
    func flushText() {
        if !pendingText.isEmpty {
            outputs.append(.text(pendingText))
            pendingText = ""
        }
    }

    /// Counts one unit of work and stops the block once its time budget is spent.
    @inline(__always)
    func tick(_ at: SourcePoint) throws {
        if expired.value.load(ordering: .relaxed) == generation { throw stopping(at) }
    }

    /// Records the error of the note's code that Swift ran where it cannot fail (a note's `==` or
    /// `hash(into:)` called by a `Set` or `Dictionary`): the block stops with it at its next tick,
    /// or when it ends, and prints nothing meanwhile, as what the table answered is meaningless.
    func failWhereSwiftCannotThrow(_ error: Error, at: SourcePoint) {
        guard libraryCallFailure == nil else { return }
        libraryCallFailure = error as? InterpreterError ?? InterpreterError(message: "\(error)", at: at)
        expired.value.store(generation, ordering: .relaxed)
    }

    /// The error that stops the block at a tick past its deadline: the note's failure that waits
    /// (see `failWhereSwiftCannotThrow`), or the time budget's.
    private func stopping(_ at: SourcePoint) -> InterpreterError {
        takeLibraryCallFailure() ?? budgetExceeded(at)
    }

    /// Stops the block at a library call that its deadline interrupted, or in which the note's
    /// code failed where the library could not be told (`libraryCallFailure`): what the call
    /// returned (or threw) is then meaningless, so neither reaches the note.
    @inline(__always)
    func checkLibraryCall(_ at: SourcePoint) throws {
        if interruption.isRequested { throw budgetExceeded(at) }
        if let failure = takeLibraryCallFailure() { throw failure }
    }

    /// The error waiting in `libraryCallFailure`, which no longer waits.
    func takeLibraryCallFailure() -> InterpreterError? {
        defer { libraryCallFailure = nil }
        return libraryCallFailure
    }

    /// The error that stops a block past its time budget.
    private func budgetExceeded(_ at: SourcePoint) -> InterpreterError {
        interrupted = true
        return InterpreterError(message: "time budget of \(LimitText.seconds(options.timeBudget)) s exceeded", at: at)
    }

    /// Runs `code` as one call, enforcing the call-depth cap.
    @inline(__always)
    func invoke(_ code: FunctionCode, _ frame: Frame, _ at: SourcePoint) throws -> Value {
        try nested(at) {
            _ = try code.body(frame)
            return frame.result
        }
    }

    /// Runs `body` one call deeper, enforcing the call-depth cap: a function's body, or a
    /// property's default value (which may construct its own type again).
    @inline(__always)
    func nested<T>(_ at: SourcePoint, _ body: () throws -> T) throws -> T {
        counters[0] += 1
        defer { counters[0] -= 1 }
        if counters[0] > options.maxCallDepth {
            throw InterpreterError(
                message: "call depth limit of \(options.maxCallDepth) exceeded (infinite recursion?)", at: at)
        }
        try tick(at)
        return try body()
    }

    /// Calls the mutating method `code` (a setter or property observer) on `value` with one
    /// argument, and returns the changed value.
    func mutate(_ code: FunctionCode, _ value: Value, _ argument: Value, _ at: SourcePoint) throws -> Value {
        let frame = Frame(count: code.slotCount, parent: nil)
        frame.slots[0] = value
        frame.slots[1] = argument
        _ = try invoke(code, frame, at)
        return frame.slots[0]
    }

    /// Calls the method `declared` of a note's type on `receiver`, as the receiver's dynamic type
    /// implements it, with `arguments`; a mutating method's changes to the receiver are kept.
    func callMethod(_ declared: FunctionCode, on receiver: inout Value, _ arguments: [Value] = [], at: SourcePoint) throws -> Value {
        var arguments = arguments
        return try callMethod(declared, on: &receiver, updating: &arguments, at: at)
    }

    /// `callMethod(_:on:_:at:)`, leaving in `arguments` the values the method gave its `inout`
    /// parameters.
    func callMethod(_ declared: FunctionCode, on receiver: inout Value, updating arguments: inout [Value], at: SourcePoint) throws -> Value {
        let code = receiver.implementation(of: declared)
        let frame = Frame(count: code.slotCount, parent: nil)
        frame.slots[0] = receiver
        for (i, a) in arguments.enumerated() { frame.slots[i + 1] = a }
        let result = try invoke(code, frame, at)
        receiver = frame.slots[0]
        for i in arguments.indices { arguments[i] = frame.slots[i + 1] }
        return result
    }

    /// A frame for a call of `code`: a recycled one when the function allows it.
    @inline(__always)
    func frame(for code: FunctionCode, parent: Frame?) -> Frame {
        guard let frame = code.spare else { return Frame(count: code.slotCount, parent: parent) }
        code.spare = frame.nextSpare
        frame.nextSpare = nil
        frame.parent = parent
        return frame
    }

    /// Runs `code` as one call in `frame` (from `frame(for:parent:)`), then recycles the frame.
    @inline(__always)
    func call(_ code: FunctionCode, in frame: Frame, _ at: SourcePoint) throws -> Value {
        let result = try invoke(code, frame, at)
        if code.reusesFrames {
            for i in 0..<frame.count { frame.slots[i] = .void }
            frame.result = .void
            frame.parent = nil
            frame.nextSpare = code.spare
            code.spare = frame
        }
        return result
    }

    /// Calls a one-argument function value without allocating an argument array.
    @inline(__always)
    func call(_ callable: Callable, _ a: Value, _ at: SourcePoint) throws -> Value {
        guard let code = callable.code else { return try callable.builtin!([a]) }
        let frame = frame(for: code, parent: callable.captured)
        frame.slots[0] = a
        return try call(code, in: frame, at)
    }

    /// Calls a function value with `arguments`.
    func call(_ callable: Callable, arguments: [Value], _ at: SourcePoint) throws -> Value {
        guard let code = callable.code else { return try callable.builtin!(arguments) }
        let frame = frame(for: code, parent: callable.captured)
        for (i, a) in arguments.enumerated() { frame.slots[i] = a }
        return try call(code, in: frame, at)
    }

    /// Calls a two-argument function value without allocating an argument array.
    @inline(__always)
    func call(_ callable: Callable, _ a: Value, _ b: Value, _ at: SourcePoint) throws -> Value {
        guard let code = callable.code else { return try callable.builtin!([a, b]) }
        let frame = frame(for: code, parent: callable.captured)
        frame.slots[0] = a
        frame.slots[1] = b
        return try call(code, in: frame, at)
    }

    /// Fails if an array of `count` elements would exceed the size cap.
    @inline(__always)
    func checkCount(_ count: Int, _ at: SourcePoint) throws {
        if count > options.maxArrayCount {
            throw InterpreterError(
                message: "array size limit of \(options.maxArrayCount) elements exceeded", at: at)
        }
    }
}

/// The number of the last block whose deadline has passed, shared with the timer's thread.
private final class Deadline: Sendable {
    let value = Atomic<Int>(0)
}

/// The processor time used by the threads working on one block (the one compiling it and the one
/// running it), readable from any thread.
final class BlockClock: Sendable {
    /// Each thread's clock and its reading when it started counting.
    private let threads = Mutex<[(id: clockid_t, start: Double)]>([])

    /// A clock counting the calling thread from now on.
    init() { countCurrentThread() }

    /// Counts the calling thread's processor time from now on too.
    func countCurrentThread() {
        var id = clockid_t()
        guard pthread_getcpuclockid(pthread_self(), &id) == 0, let now = Self.read(id) else { return }
        threads.withLock { $0.append((id, now)) }
    }

    /// Seconds used since each thread started counting. A thread that has ended counts no more
    /// (its clock cannot be read), which is only once its part of the block is done.
    var seconds: Double {
        threads.withLock { $0.reduce(0) { sum, t in sum + (Self.read(t.id).map { $0 - t.start } ?? 0) } }
    }

    private static func read(_ id: clockid_t) -> Double? {
        var t = timespec()
        guard clock_gettime(id, &t) == 0 else { return nil }
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

/// The note's deterministic random-number generator (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator seeded with `seed`.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
