import Foundation
import Interpreter
import SwiftSyntax

/// The blocks a note is about to run, parsed on a thread of their own while earlier blocks run.
///
/// Parsing is a large part of a worker's time (more than running, for a typical note), and the
/// blocks' sources are all known when the note starts: the supervisor sends them with `start`. A
/// second thread parses them in order, and classifies each for highlighting, so that on a machine
/// with a free core a block's tree is ready when its turn comes. A block that is not among them
/// (or comes out of order) is parsed when it runs, as before; the trees are the same either way,
/// so what a block prints never depends on which thread parsed it.
final class ParseAhead: @unchecked Sendable {
    /// One source's parse: its tree and highlighting, or nil where the parser must not see it
    /// (see `Parsing.refusal`).
    typealias Parsed = (tree: SourceFileSyntax, styles: [StyledRange])?

    private let sources: [String]
    // Guarded by `condition`.
    private var parsed: [Parsed?]
    private var ready = 0
    private var cursor = 0
    private let condition = NSCondition()

    /// The stack of the parsing thread: SwiftParser recurses once per nesting level, and
    /// `Parsing.maximumNestingLevel` bounds the levels.
    private static let stackSize = 256 << 20

    /// Starts parsing `sources`, in order, on a new thread.
    init(_ sources: [String]) {
        self.sources = sources
        parsed = Array(repeating: nil, count: sources.count)
        guard !sources.isEmpty else { return }
        let thread = Thread { [self] in
            for (index, source) in sources.enumerated() {
                let result = Self.parse(source)
                condition.lock()
                parsed[index] = result
                ready = index + 1
                condition.broadcast()
                condition.unlock()
            }
        }
        thread.stackSize = Self.stackSize
        thread.start()
    }

    /// The parse of `source`: the next one of the note's blocks with that source, waiting for the
    /// parsing thread to reach it, or parsed here if the note did not announce it.
    func take(_ source: String) -> Parsed {
        condition.lock()
        guard let index = sources[cursor...].firstIndex(of: source) else {
            condition.unlock()
            return Self.parse(source)
        }
        cursor = index + 1
        while ready <= index { condition.wait() }
        let result = parsed[index]!
        parsed[index] = nil
        condition.unlock()
        return result
    }

    private static func parse(_ source: String) -> Parsed {
        guard Parsing.refusal(source) == nil else { return nil }
        let tree = Parsing.tree(source)
        return (tree, Parsing.styles(of: tree, source: source))
    }
}
