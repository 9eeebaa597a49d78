import Foundation
import Interpreter
import SwiftSyntax

/// Blocks parsed on a thread of their own before their turn comes.
///
/// Parsing is a large part of a worker's time (more than running, for a typical note), and the
/// sources of a note's blocks are all known when the note starts: the supervisor sends them with
/// `start`, and a spare worker waiting for the next note may be told the blocks it is likely to
/// run (those of the note last run, the one an author is editing) before that. A second thread
/// parses what it is told, in order, the note's own blocks first, and classifies each for
/// highlighting; a block whose parse is not ready waits for it, and one never announced is parsed
/// when it runs. The trees are the same either way, so what a block prints never depends on which
/// thread parsed it. The thread runs the parser only, never note code.
final class ParseAhead: @unchecked Sendable {
    /// One source's parse: its tree and highlighting, or nil where the parser must not see it
    /// (see `Parsing.refusal`).
    typealias Parsed = (tree: SourceFileSyntax, styles: [StyledRange])?

    // All guarded by `condition`.
    /// Sources announced and not yet parsed, in the order the thread takes them.
    private var queue: [String] = []
    /// The source being parsed, if any.
    private var parsing: String?
    /// Parses made, by source.
    private var parsed: [String: Parsed] = [:]
    private var started = false
    private let condition = NSCondition()

    /// The stack of the parsing thread: SwiftParser recurses once per nesting level, and
    /// `Parsing.maximumNestingLevel` bounds the levels.
    private static let stackSize = 256 << 20

    /// Queues `sources` for parsing: `first` puts them before every source still waiting (the
    /// blocks of the note that runs now, ahead of guesses).
    func announce(_ sources: [String], first: Bool = false) {
        condition.lock()
        defer { condition.unlock() }
        var seen = Set<String>()
        let new = sources.filter { parsed[$0] == nil && $0 != parsing && (first || !queue.contains($0)) && seen.insert($0).inserted }
        if first {
            let ahead = Set(new)
            queue = new + queue.filter { !ahead.contains($0) }
        } else {
            queue += new
        }
        condition.broadcast()
        guard !started, !queue.isEmpty else { return }
        started = true
        let thread = Thread { [self] in work() }
        thread.stackSize = Self.stackSize
        thread.start()
    }

    /// The parse of `source`: made ahead (waiting for it if it is being made or queued), or made
    /// here for a source never announced.
    func take(_ source: String) -> Parsed {
        condition.lock()
        while parsed[source] == nil && (parsing == source || queue.contains(source)) { condition.wait() }
        if let made = parsed[source] {
            condition.unlock()
            return made
        }
        condition.unlock()
        return Self.parse(source)
    }

    /// The parsing thread: takes queued sources one at a time, for the life of the worker.
    private func work() {
        while true {
            condition.lock()
            while queue.isEmpty { condition.wait() }
            let source = queue.removeFirst()
            parsing = source
            condition.unlock()
            let made = Self.parse(source)
            condition.lock()
            parsed[source] = made
            parsing = nil
            condition.broadcast()
            condition.unlock()
        }
    }

    private static func parse(_ source: String) -> Parsed {
        guard Parsing.refusal(source) == nil else { return nil }
        let tree = Parsing.tree(source)
        return (tree, Parsing.styles(of: tree, source: source))
    }
}
