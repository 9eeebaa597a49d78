import Foundation
import Interpreter
import SwiftSyntax

/// Parses a note's experiment blocks on a thread of its own, in running order, and highlights the
/// shown ones on another, so the thread running block k does not wait for the parse of block k + 1
/// nor for any highlighting: cores that would otherwise wait do that work. Parsing and highlighting
/// are pure functions of the source, so the result does not depend on which thread does what.
final class ParseAhead: @unchecked Sendable {
    /// Guards `trees` and `highlights`; signalled as each is ready.
    private let condition = NSCondition()
    private var trees: [SourceFileSyntax] = []
    /// The highlighted HTML of each block, nil for hidden ones.
    private var highlights: [String?] = []

    /// Starts parsing `blocks`; `shown` ones are also highlighted.
    init(_ blocks: [(source: String, shown: Bool)]) {
        guard !blocks.isEmpty else { return }
        // Both recurse as deeply as the code nests, like the note's own thread.
        start { [self] in
            for block in blocks { publish { trees.append(Parsing.tree(block.source)) } }
        }
        start { [self] in
            for (index, block) in blocks.enumerated() {
                let html = block.shown ? SwiftHighlighter.highlight(block.source, tree: tree(index)) : nil
                publish { highlights.append(html) }
            }
        }
    }

    /// The syntax tree of block `index`, once parsed.
    func tree(_ index: Int) -> SourceFileSyntax {
        when { trees.count > index } read: { trees[index] }
    }

    /// The highlighted HTML of block `index` (nil if hidden), once ready.
    func highlighted(_ index: Int) -> String? {
        when { highlights.count > index } read: { highlights[index] }
    }

    private func start(_ work: @escaping @Sendable () -> Void) {
        let thread = Thread(block: work)
        thread.stackSize = LargeStack.size
        thread.start()
    }

    private func publish(_ change: () -> Void) {
        condition.lock()
        change()
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until `ready`, then reads, under the lock.
    private func when<T>(_ ready: () -> Bool, read: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        while !ready() { condition.wait() }
        return read()
    }
}
