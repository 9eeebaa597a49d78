/// A fenced `swift` block: its source, the attributes of its info string and, once the execute
/// pass has run it, its result.
///
/// Info string grammar: `swift` followed by space-separated attributes — the flags `hide`,
/// `norun`, `check`, `expect-error`, and `id=name`, `title="…"`.
public struct Experiment: Hashable, Sendable {
    /// How a block takes part in the run.
    public enum Mode: Hashable, Sendable {
        /// Run it and show source and output.
        case normal
        /// A derivation check, shown as a card.
        case check
        /// Must fail; its error is the result shown.
        case expectError
    }

    /// The code, without the fences.
    public var source: String
    /// How the block runs.
    public var mode: Mode
    /// `hide`: run it but show only its output.
    public var hidden: Bool
    /// `norun`: show it, never run it.
    public var noRun: Bool
    /// `id=name`: an anchor for the block.
    public var id: String?
    /// `title="…"`: a caption (the check card's title).
    public var title: String?
    /// The location of the first line of code (the line after the opening fence).
    public var codeStart: SourceLocation
    /// The location of the opening fence.
    public var location: SourceLocation
    /// The number of the block's check card (every check block has one), or of the table it made
    /// when it has an `id`; given by the numbering pass.
    public var number: Int?
    /// `fold`: show the source folded away under its output, opened on demand.
    public var folded: Bool = false
    /// Filled by the execute pass; `nil` for blocks that were not run.
    public var result: ExperimentResult?
    /// The source as highlighted HTML, made by the execute pass from the styles the worker took
    /// from the syntax tree it parsed to run the block (so a block is parsed once); `nil` until then.
    public var highlighted: String?

    /// Creates an experiment that has not run yet.
    public init(
        source: String, mode: Mode, hidden: Bool, noRun: Bool, id: String?, title: String?,
        codeStart: SourceLocation, location: SourceLocation
    ) {
        self.source = source
        self.mode = mode
        self.hidden = hidden
        self.noRun = noRun
        self.id = id
        self.title = title
        self.codeStart = codeStart
        self.location = location
        self.result = nil
        self.highlighted = nil
    }
}

/// What running an experiment produced, in the note's own terms (no interpreter types).
public struct ExperimentResult: Hashable, Sendable {
    /// Whether the block did what it should.
    public var passed: Bool
    /// Outputs in the order the block produced them.
    public var outputs: [ExperimentOutput]
    /// The expectations of a check block.
    public var checks: [CheckOutcome]
    /// Error messages, already located in the `.md` file (`path:line:col: error: …`).
    public var errors: [String]
    /// Wall-clock seconds; reported in JSON, never written into a page.
    public var seconds: Double

    /// Creates a result.
    public init(passed: Bool, outputs: [ExperimentOutput], checks: [CheckOutcome], errors: [String], seconds: Double) {
        self.passed = passed
        self.outputs = outputs
        self.checks = checks
        self.errors = errors
        self.seconds = seconds
    }
}

/// One thing an experiment shows.
public enum ExperimentOutput: Hashable, Sendable {
    /// Printed text.
    case text(String)
    /// The REPL-style display of the block's last bare expression.
    case value(String)
    /// A table, with the caption shown above it if it has one.
    case table(header: [String], rows: [[String]], caption: String? = nil)
    /// An SVG figure (which draws its own title); `caption` is shown under it, `number` is
    /// assigned by the numbering pass.
    case figure(svg: String, title: String?, caption: String?, number: Int?)
}

/// The result of one `expect(…)` in a check block.
public struct CheckOutcome: Hashable, Sendable {
    /// Whether the expectation held.
    public var passed: Bool
    /// The expectation's message.
    public var message: String
    /// The measured discrepancy, e.g. `max |Δ| = 2.2e-16`.
    public var detail: String?
    /// Where the `expect` stands in the `.md` file.
    public var location: SourceLocation

    /// Creates a check outcome.
    public init(passed: Bool, message: String, detail: String?, location: SourceLocation) {
        self.passed = passed
        self.message = message
        self.detail = detail
        self.location = location
    }
}
