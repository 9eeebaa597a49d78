import Foundation
import Synchronization

/// A one-line progress display on standard error, `[3/12] notes/sgd.md`, rewritten in place as
/// notes finish. It appears only on a terminal and only once a build has taken a second, so short
/// builds, pipes and CI logs never see it.
final class ProgressLine: Sendable {
    private let start = Date()
    /// Whether anything is on the line now.
    private let shown = Mutex(false)
    private let terminal = isatty(STDERR_FILENO) == 1

    /// Shows that `note` finished, the `done`th of `total`.
    func show(_ note: String, done: Int, of total: Int) {
        guard terminal, Date().timeIntervalSince(start) > 1 else { return }
        shown.withLock { shown in
            writeOut(Data("\r\u{1B}[K[\(done)/\(total)] \(note)".utf8), to: STDERR_FILENO)
            shown = true
        }
    }

    /// Erases the line, before the build's own lines are printed.
    func clear() {
        shown.withLock { shown in
            if shown { writeOut(Data("\r\u{1B}[K".utf8), to: STDERR_FILENO) }
            shown = false
        }
    }
}
