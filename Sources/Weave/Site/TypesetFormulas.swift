import Foundation

/// The formulas of a build, typeset once each: notes built in parallel hand their formulas over
/// (ahead of time with `prefetch`, then with `typeset` when the page needs them); a formula another
/// note is already typesetting is waited for, not typeset again.
final class TypesetFormulas: @unchecked Sendable {
    /// The typesetter's session, used for formulas not typeset yet.
    private let session: any MathSession
    /// Guards `results` and `claimed`; signalled when results arrive.
    private let condition = NSCondition()
    private var results: [MathKey: Result<String, MathError>] = [:]
    /// Formulas some note is typesetting now.
    private var claimed: Set<MathKey> = []

    init(_ session: any MathSession) {
        self.session = session
    }

    /// Every formula typeset so far.
    var all: [MathKey: Result<String, MathError>] {
        condition.lock()
        defer { condition.unlock() }
        return results
    }

    /// Starts typesetting those of `keys` that no note has asked for yet, in the background; a
    /// later `typeset` of them waits for the result instead of typesetting them again.
    func prefetch(_ keys: [MathKey]) {
        let mine = claim(keys)
        guard !mine.isEmpty else { return }
        Thread { [self] in deliver(mine, session.typeset(mine)) }.start()
    }

    /// Waits for typesetting started by `prefetch` to end, then ends the session.
    func finish() {
        condition.lock()
        while !claimed.isEmpty { condition.wait() }
        condition.unlock()
        session.finish()
    }

    /// The typeset form of each of `keys`: formulas new to the build are typeset now (in order of
    /// first appearance), the others are looked up or waited for.
    func typeset(_ keys: [MathKey]) -> [MathKey: Result<String, MathError>] {
        let mine = claim(keys)
        if !mine.isEmpty { deliver(mine, session.typeset(mine)) }
        condition.lock()
        defer { condition.unlock() }
        while keys.contains(where: { results[$0] == nil }) { condition.wait() }
        return Dictionary(keys.map { ($0, results[$0]!) }, uniquingKeysWith: { first, _ in first })
    }

    /// Those of `keys` neither typeset nor being typeset, now marked as being typeset.
    private func claim(_ keys: [MathKey]) -> [MathKey] {
        condition.lock()
        defer { condition.unlock() }
        var mine: [MathKey] = []
        for key in keys where results[key] == nil && !claimed.contains(key) {
            claimed.insert(key)
            mine.append(key)
        }
        return mine
    }

    /// Stores the answers for `keys` and wakes the notes waiting for them.
    private func deliver(_ keys: [MathKey], _ answers: [Result<String, MathError>]) {
        condition.lock()
        defer { condition.unlock() }
        for (key, answer) in zip(keys, answers) { results[key] = answer }
        claimed.subtract(keys)
        condition.broadcast()
    }
}
