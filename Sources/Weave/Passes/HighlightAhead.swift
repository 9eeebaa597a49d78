import Foundation

/// Highlights a note's shown experiment blocks on a thread of its own while the worker runs them,
/// so the thread waiting for the worker does not also wait for highlighting afterwards.
/// Highlighting is a pure function of the source, so the result does not depend on which thread
/// does it.
final class HighlightAhead: @unchecked Sendable {
    /// Guards `highlights`; signalled as each is ready.
    private let condition = NSCondition()
    /// The highlighted HTML of each block, nil for hidden ones.
    private var highlights: [String?] = []

    /// Starts highlighting the `shown` ones of `blocks`.
    init(_ blocks: [(source: String, shown: Bool)]) {
        guard !blocks.isEmpty else { return }
        // The parser recurses as deeply as the code nests, like the note's own thread.
        let thread = Thread { [self] in
            for block in blocks {
                let html = block.shown ? SwiftHighlighter.highlight(block.source) : nil
                condition.lock()
                highlights.append(html)
                condition.broadcast()
                condition.unlock()
            }
        }
        thread.stackSize = LargeStack.size
        thread.start()
    }

    /// The highlighted HTML of block `index` (nil if hidden), once ready.
    func highlighted(_ index: Int) -> String? {
        condition.lock()
        defer { condition.unlock() }
        while highlights.count <= index { condition.wait() }
        return highlights[index]
    }
}
