import Foundation
import Interpreter
import Synchronization
import Worker

/// Runs a note's experiments: every `swift` block (but `norun` ones) and every inline
/// `` `{swift} expr` `` span, in reading order, in one interpreter session per note — blocks share
/// state top to bottom, and every weave starts fresh. The session lives in a worker process under a
/// ``Supervisor``, never in this one: a block that traps, hangs or exhausts memory fails alone.
/// Results go into the blocks; errors and failed checks become diagnostics located in the `.md`
/// file.
enum ExecutePass {
    /// An inline value's span read: `{swift} expr`, or `{swift:format} expr` with a
    /// `String(format:)` conversion without its `%` (`{swift:.3g} x`); nil for any other code span.
    /// `offset` is the number of characters before the expression.
    static func inlineValue(_ code: String) -> (expression: String, format: String?, offset: Int)? {
        guard code.hasPrefix("{swift"), let close = code.firstIndex(of: "}") else { return nil }
        let head = code[code.index(code.startIndex, offsetBy: 6)..<close]
        guard head.isEmpty || head.hasPrefix(":") else { return nil }
        let rest = code[code.index(after: close)...]
        let expression = rest.drop { $0 == " " }
        let offset = code.distance(from: code.startIndex, to: expression.startIndex)
        return (String(expression).trimming(" "), head.isEmpty ? nil : String(head.dropFirst()), offset)
    }

    /// Runs the experiments of `note`; the worker also classifies each shown block's source for
    /// highlighting, from the tree it parsed to run it. With a `cache`, a note whose requests (and
    /// worker, options and limits) match an earlier run gets that run's replies without starting a
    /// worker, and a fresh run that stayed within its limits is kept for the next build.
    static func apply(_ note: Note, cache: BuildCache?) -> Note {
        let experiments = Rewrite.experiments(in: note.blocks).filter { !$0.noRun }
        guard !experiments.isEmpty || hasInlineValues(note.blocks) else { return note }
        var options = SessionOptions()
        if let seed = note.meta.seed { options.seed = seed }
        if let budget = note.meta.timeBudget { options.timeBudget = budget }
        var limits = WorkerLimits()
        if let memory = note.meta.memoryBudget { limits.memoryBytes = memory }
        let sources = experiments.map(\.source)
        let worker = {
            lastRun.withLock { $0 = sources }
            return Supervisor(executable: workerExecutable, options: options, limits: limits, upcoming: sources)
        }
        guard let cache, let fingerprint = workerFingerprint else { return run(note, with: worker()) }

        let list = RequestList()
        _ = run(note, with: list)
        guard let key = BuildCache.experimentKey(worker: fingerprint, options: options, limits: limits, calls: list.calls) else {
            return run(note, with: worker())
        }
        if let replies = cache.read(.experiments, key, as: [ExperimentReply].self), replies.count == list.calls.count {
            var reused = run(note, with: ReplyPlayback(replies))
            reused.experimentsReused = true
            return reused
        }
        let recorder = ReplyRecorder(worker())
        let ran = run(note, with: recorder)
        if recorder.worker.stayedWithinLimits { cache.write(.experiments, key, recorder.replies) }
        return ran
    }

    /// Runs every experiment and inline value of `note` with `runner`, in reading order.
    private static func run(_ note: Note, with runner: some ExperimentRunner) -> Note {
        var note = note
        var run = Run(session: runner, path: note.path)
        note.blocks.rewrite { block in Rewrite.leaves(block) { run.block($0) } }
        note.diagnostics += run.diagnostics
        return note
    }

    /// The block sources of the note whose experiments last ran in a worker in this process: in
    /// `weave preview`, the note being edited, whose blocks the spare worker parses ahead.
    static let lastRun = Mutex<[String]>([])

    /// The worker executable, found once per process.
    static let workerExecutable = Supervisor.defaultExecutable

    /// The worker's fingerprint for cache keys, computed once per process; `nil` (no caching) if
    /// the executable cannot be read.
    static let workerFingerprint = WorkerFingerprint.of(executable: workerExecutable)

    /// Whether `blocks` quote any inline value; a long note is searched on all cores.
    private static func hasInlineValues(_ blocks: [Block]) -> Bool {
        LargeStack.chunks(blocks.count, minimum: LargeStack.parallelBlocks) { _, range in
            Rewrite.containsInline(in: blocks[range]) { inline in
                if case .code(let code, _) = inline { return inlineValue(code) != nil }
                return false
            }
        }.contains(true)
    }

    /// The state of one note's run.
    private struct Run<Runner: ExperimentRunner> {
        let session: Runner
        let path: String
        var diagnostics: [Diagnostic] = []
        /// The blocks run so far, in order: a diagnostic about a declaration in a block that
        /// failed names that block by its number.
        var ran: [Experiment] = []

        /// Runs an experiment block or the inline values of any other block (outside quotes and
        /// lists); `nil` when there is nothing to run.
        mutating func block(_ block: Block) -> Block? {
            switch block {
            case .experiment(var e):
                guard !e.noRun else { return nil }
                let (result, styles) = execute(e)
                e.result = result
                if !e.hidden {
                    // A block the worker could not classify (it crashed or ran out of time on it)
                    // is shown plain: parsing it here could hang the build as it hung the worker.
                    e.highlighted = SwiftHighlighter.render(e.source, styles: styles ?? [])
                }
                return .experiment(e)
            default:
                return Rewrite.inlines(block) { inlines, _ in inlines.rewritten { self.inline($0) } }
            }
        }

        private mutating func inline(_ inline: Inline) -> Inline? {
            switch inline {
            case .code(let code, let span):
                guard let (expression, format, offset) = ExecutePass.inlineValue(code) else { return nil }
                switch session.evaluate(inline: expression, format: format) {
                case .value(let v):
                    return .value(v)
                case .failure(let d):
                    let shown = expression.count > 60 ? expression.prefix(59) + "…" : expression[...]
                    let message = "in inline value `\(shown)`: \(d.message)"
                    diagnostics.append(Diagnostic(severity: .error, path: path, location: place(d, in: span, offset: offset), message: message))
                    return .failure(d.message)
                }
            case .emphasis(let c): return c.rewritten { self.inline($0) }.map(Inline.emphasis)
            case .strong(let c): return c.rewritten { self.inline($0) }.map(Inline.strong)
            case .link(let d, let t, let c):
                return c.rewritten { self.inline($0) }.map { .link(destination: d, title: t, content: $0) }
            default: return nil
            }
        }

        /// Where an inline value's error stands in the `.md` file: in the span's expression, `offset`
        /// characters after where the span's text starts, or in the block whose code raised it.
        private func place(_ d: BlockDiagnostic, in span: SourceLocation, offset: Int) -> SourceLocation {
            if let block = d.block, block < ran.count { return place(d.line, d.column, in: ran[block]) }
            guard d.line == 1 else { return span }
            return SourceLocation(line: span.line, column: span.column + offset + d.column - 1)
        }

                private mutating func execute(_ e: Experiment) -> (ExperimentResult, [StyledRange]?) {
            let mode: BlockMode =
                switch e.mode {
                case .normal: .normal
                case .check: .check
                case .expectError: .expectError
                }
            let start = DispatchTime.now()
            let (outcome, styles) = session.run(e.source, mode: mode, styled: !e.hidden)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            ran.append(e)
            var errors: [String] = []
            for d in outcome.diagnostics where d.isError {
                var message = d.message
                if let failed = d.failedDeclaration, failed.block < ran.count {
                    message += ", at \(path):\(place(failed.line, failed.column, in: ran[failed.block]))"
                }
                // An error in code an earlier block declared is located there.
                let origin = d.block.flatMap { $0 < ran.count ? ran[$0] : nil } ?? e
                let diagnostic = Diagnostic(severity: .error, path: path, location: place(d.line, d.column, in: origin), message: message)
                diagnostics.append(diagnostic)
                errors.append(diagnostic.description)
            }
            let checks = outcome.checks.map { c in
                CheckOutcome(passed: c.passed, message: c.message, detail: c.detail, location: place(c.line, c.column, in: e))
            }
            for check in checks where !check.passed {
                let detail = check.detail.map { " (\($0))" } ?? ""
                diagnostics.append(Diagnostic(severity: .error, path: path, location: check.location, message: "check failed: \(check.message)\(detail)"))
            }
            var shown = outcome.outputs
            if e.mode == .expectError, let expected = outcome.diagnostics.first(where: { !$0.isError }) {
                // The session reports the expected error relative to the block; show it located in
                // the note instead, like every other error.
                let relative = "error: \(expected.line):\(expected.column): \(expected.message)\n"
                if case .text(let last)? = shown.last, last.hasSuffix(relative) {
                    shown[shown.count - 1] = .text(String(last.dropLast(relative.count)))
                }
                let located = Diagnostic(severity: .error, path: path, location: place(expected.line, expected.column, in: e), message: expected.message)
                shown.append(.text(located.description + "\n"))
            }
            let outputs = shown.filter { $0 != .text("") }.map { output -> ExperimentOutput in
                switch output {
                case .text(let s): return .text(s)
                case .value(let s): return .value(s)
                case .table(let header, let rows, let caption): return .table(header: header, rows: rows, caption: caption)
                case .figure(let svg, let title, let caption): return .figure(svg: svg, title: title, caption: caption, number: nil)
                }
            }
            return (ExperimentResult(passed: outcome.status == .ok, outputs: outputs, checks: checks, errors: errors, seconds: seconds), styles)
        }

        /// A block-relative position as a position in the `.md` file.
        private func place(_ line: Int, _ column: Int, in e: Experiment) -> SourceLocation {
            SourceLocation(line: e.codeStart.line + line - 1, column: column + e.location.column - 1)
        }
    }
}
