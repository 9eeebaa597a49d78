/// Limits and the seed of one note's session.
public struct SessionOptions: Sendable, Codable {
    /// Seed of the note's random-number generator, so output is byte-identical run to run.
    public var seed: UInt64 = 0
    /// Budget of one block, in seconds of processor time (of the threads compiling and running
    /// it), so a loaded machine stops a block where an idle one does; a block also stops after
    /// four times as many seconds of wall time.
    public var timeBudget: Double = 10
    /// The largest array a block may build.
    public var maxArrayCount = 50_000_000
    /// The deepest chain of interpreted calls.
    public var maxCallDepth = 10_000
    /// The most output one block may produce (printed text and figures), in bytes of UTF-8; past
    /// it, printing stops with a notice in place.
    public var maxOutputBytes = 4 << 20

    /// Options with the given values; every one has a default.
    public init(
        seed: UInt64 = 0, timeBudget: Double = 10, maxArrayCount: Int = 50_000_000, maxCallDepth: Int = 10_000,
        maxOutputBytes: Int = 4 << 20
    ) {
        self.seed = seed
        self.timeBudget = timeBudget
        self.maxArrayCount = maxArrayCount
        self.maxCallDepth = maxCallDepth
        self.maxOutputBytes = maxOutputBytes
    }
}

/// How a block's result is judged.
public enum BlockMode: Sendable, Codable {
    /// Run; the block fails if it throws or an expectation fails.
    case normal
    /// A derivation check: the same, rendered as a card of its expectations.
    case check
    /// The block must fail; its error becomes an output and the block is then ok.
    case expectError
}

/// Whether a block met its mode's expectation.
public enum BlockStatus: Sendable, Codable {
    /// It did.
    case ok
    /// It did not; see the diagnostics and checks.
    case failed
}

/// One piece of a block's visible result.
public enum BlockOutput: Sendable, Equatable, Codable {
    /// Text written by `print`, consecutive prints merged, in order.
    case text(String)
    /// The REPL display of the block's last bare expression.
    case value(String)
    /// A table built by `table(_:_:caption:)`, with its caption if given.
    case table(header: [String], rows: [[String]], caption: String? = nil)
    /// A figure, as SVG.
    case figure(svg: String, title: String?, caption: String?)
}

/// The result of one `expect` call.
public struct CheckResult: Sendable, Codable {
    /// Whether the expectation held.
    public var passed: Bool
    /// The message given to `expect`, or a description of the comparison.
    public var message: String
    /// The measured discrepancy, such as `max |Δ| = 2.2e-16`.
    public var detail: String?
    /// Line of the `expect` call within the block, 1-based.
    public var line: Int
    /// Column of the `expect` call within the block, 1-based.
    public var column: Int

    /// A check result.
    public init(passed: Bool, message: String, detail: String?, line: Int, column: Int) {
        self.passed = passed
        self.message = message
        self.detail = detail
        self.line = line
        self.column = column
    }
}

/// A syntax, static or run-time error, located within the block.
public struct BlockDiagnostic: Sendable, Equatable, Codable {
    /// Line within the block source, 1-based.
    public var line: Int
    /// Column within the block source, 1-based.
    public var column: Int
    /// What went wrong.
    public var message: String
    /// False for an error the block was expected to raise (`expectError`), or a note.
    public var isError: Bool
    /// For a use of a name declared in an earlier block that failed, where that declaration was,
    /// so the message can name its place in the note.
    public var failedDeclaration: FailedDeclaration?
    /// For an error raised as the block ran code an earlier block declared (a function it
    /// called traps), that block's number among the blocks the session ran (0 for the first):
    /// `line` and `column` are then within that block.
    public var block: Int?

    /// A diagnostic.
    public init(line: Int, column: Int, message: String, isError: Bool, failedDeclaration: FailedDeclaration? = nil, block: Int? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.isError = isError
        self.failedDeclaration = failedDeclaration
        self.block = block
    }
}

/// Where a declaration of a failed block was: the block's number among the blocks the session
/// ran (0 for the first) and the declaration's line and column within it.
public struct FailedDeclaration: Sendable, Equatable, Codable {
    /// The failed block's number among the blocks the session ran, counting from 0.
    public var block: Int
    /// Line of the declaration within that block, 1-based.
    public var line: Int
    /// Column of the declaration within that block, 1-based.
    public var column: Int

    /// A place of a failed declaration.
    public init(block: Int, line: Int, column: Int) {
        self.block = block
        self.line = line
        self.column = column
    }
}

/// Everything a block produced.
public struct BlockOutcome: Sendable, Codable {
    /// Whether the block met its mode's expectation.
    public var status: BlockStatus
    /// Printed text, the last value, tables and figures, in order.
    public var outputs: [BlockOutput]
    /// Results of `expect`, in order.
    public var checks: [CheckResult]
    /// Errors, located within the block.
    public var diagnostics: [BlockDiagnostic]

    /// An outcome.
    public init(status: BlockStatus, outputs: [BlockOutput], checks: [CheckResult], diagnostics: [BlockDiagnostic]) {
        self.status = status
        self.outputs = outputs
        self.checks = checks
        self.diagnostics = diagnostics
    }
}

/// The result of evaluating an inline `{swift} expr` code span.
public enum InlineOutcome: Sendable, Codable {
    /// The value, formatted as Swift's `description` prints it.
    case value(String)
    /// Why it could not be evaluated; the location is within the expression.
    case failure(BlockDiagnostic)
}

extension BlockOutput {
    /// The size of the output as it will appear on the page, in bytes of UTF-8: what the output
    /// caps count.
    public var byteCount: Int {
        switch self {
        case .text(let s), .value(let s): s.utf8.count
        case .table(let header, let rows, let caption):
            header.reduce(0) { $0 + $1.utf8.count } + rows.joined().reduce(0) { $0 + $1.utf8.count } + (caption?.utf8.count ?? 0)
        case .figure(let svg, let title, let caption): svg.utf8.count + (title?.utf8.count ?? 0) + (caption?.utf8.count ?? 0)
        }
    }
}

/// How limits read in messages, the same wherever a limit is enforced.
public enum LimitText {
    /// Seconds without a trailing `.0`: `10`, `0.2`.
    public static func seconds(_ s: Double) -> String {
        s == s.rounded() && abs(s) < 1e15 ? String(Int(s)) : String(s)
    }

    /// A size in the largest binary unit that divides it: `2 GiB`, `4 MiB`, `1000 bytes`.
    public static func bytes(_ n: Int) -> String {
        if n != 0 && n % (1 << 30) == 0 { return "\(n >> 30) GiB" }
        if n != 0 && n % (1 << 20) == 0 { return "\(n >> 20) MiB" }
        return "\(n) bytes"
    }
}
