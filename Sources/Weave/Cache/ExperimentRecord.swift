import Foundation
import Interpreter
import Worker

/// What runs a note's experiments for ``ExecutePass``: the supervised worker, or one of the
/// stand-ins below that list the requests, record the replies or play a record back.
protocol ExperimentRunner: AnyObject {
    /// Runs one block (see ``Supervisor/run(_:mode:styled:)``).
    func run(_ source: String, mode: BlockMode, styled: Bool) -> (outcome: BlockOutcome, styles: [StyledRange]?)
    /// Evaluates one inline value, shown with `format` if given (see ``Supervisor/evaluate(inline:format:)``).
    func evaluate(inline expression: String, format: String?) -> InlineOutcome
}

extension Supervisor: ExperimentRunner {}

/// One request of a note's run, as the cache key sees it.
enum ExperimentCall: Codable, Equatable {
    case block(source: String, mode: BlockMode, styled: Bool)
    case inline(expression: String, format: String?)
}

/// One reply of a note's run, as the cache stores it.
enum ExperimentReply: Codable, Sendable {
    case block(BlockOutcome, styles: [StyledRange]?)
    case inline(InlineOutcome)
}

/// Lists the requests a note would make, in order, without running anything: every block
/// "succeeds" with no output, so the walk visits what a real run visits.
final class RequestList: ExperimentRunner {
    private(set) var calls: [ExperimentCall] = []

    func run(_ source: String, mode: BlockMode, styled: Bool) -> (outcome: BlockOutcome, styles: [StyledRange]?) {
        calls.append(.block(source: source, mode: mode, styled: styled))
        return (BlockOutcome(status: .ok, outputs: [], checks: [], diagnostics: []), [])
    }

    func evaluate(inline expression: String, format: String?) -> InlineOutcome {
        calls.append(.inline(expression: expression, format: format))
        return .value("")
    }
}

/// Passes requests to a worker and keeps its replies.
final class ReplyRecorder: ExperimentRunner {
    let worker: Supervisor
    private(set) var replies: [ExperimentReply] = []

    init(_ worker: Supervisor) {
        self.worker = worker
    }

    func run(_ source: String, mode: BlockMode, styled: Bool) -> (outcome: BlockOutcome, styles: [StyledRange]?) {
        let reply = worker.run(source, mode: mode, styled: styled)
        replies.append(.block(reply.outcome, styles: reply.styles))
        return reply
    }

    func evaluate(inline expression: String, format: String?) -> InlineOutcome {
        let outcome = worker.evaluate(inline: expression, format: format)
        replies.append(.inline(outcome))
        return outcome
    }
}

/// Plays back the replies of an earlier run of the same requests (the cache key guarantees they
/// are the same); a request out of step with the record fails rather than getting another's reply.
final class ReplyPlayback: ExperimentRunner {
    private var replies: ArraySlice<ExperimentReply>

    init(_ replies: [ExperimentReply]) {
        self.replies = replies[...]
    }

    func run(_ source: String, mode: BlockMode, styled: Bool) -> (outcome: BlockOutcome, styles: [StyledRange]?) {
        guard case .block(let outcome, let styles)? = replies.popFirst() else {
            return (BlockOutcome(status: .failed, outputs: [], checks: [], diagnostics: [Self.mismatch]), nil)
        }
        return (outcome, styles)
    }

    func evaluate(inline expression: String, format: String?) -> InlineOutcome {
        guard case .inline(let outcome)? = replies.popFirst() else { return .failure(Self.mismatch) }
        return outcome
    }

    private static let mismatch = BlockDiagnostic(
        line: 1, column: 1, message: "the build cache's record of this note does not match it; run with --no-cache", isError: true)
}

extension BuildCache {
    /// The key of a note's experiment run: the worker that computes it, the session's options and
    /// limits, and every request in order (block sources, modes and inline expressions).
    static func experimentKey(worker: String, options: SessionOptions, limits: WorkerLimits, calls: [ExperimentCall]) -> CacheKey? {
        guard let setup = try? Canonical.json(options) + Canonical.json(limits), let requests = try? Canonical.json(calls) else { return nil }
        return CacheKey(["experiments/1", worker, setup, requests])
    }
}

/// JSON with sorted keys: the same value always gives the same text, as a cache key needs.
enum Canonical {
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
