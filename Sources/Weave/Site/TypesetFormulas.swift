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

    /// The typeset form of each of `keys`, in a dictionary that may also hold other notes'
    /// formulas: formulas new to the build are typeset now (in order of first appearance), the
    /// others are looked up or waited for.
    func typeset(_ keys: [MathKey]) -> [MathKey: Result<String, MathError>] {
        let mine = claim(keys)
        if !mine.isEmpty { deliver(mine, session.typeset(mine)) }
        condition.lock()
        defer { condition.unlock() }
        // What another note is typesetting is waited for (keys are distinct: all of them are
        // done if this note typeset as many).
        var pending = mine.count == keys.count ? [] : keys.filter { results[$0] == nil }
        while !pending.isEmpty {
            condition.wait()
            pending.removeAll { results[$0] != nil }
        }
        // Every formula so far, the note's among them: handing over the whole dictionary copies
        // nothing, where a dictionary of the note's own would be built key by key.
        return results
    }

    /// Those of `keys` neither typeset nor being typeset, now marked as being typeset.
    private func claim(_ keys: [MathKey]) -> [MathKey] {
        condition.lock()
        defer { condition.unlock() }
        return keys.filter { results[$0] == nil && claimed.insert($0).inserted }
    }

    /// Stores the answers for `keys` and wakes the notes waiting for them.
    private func deliver(_ keys: [MathKey], _ answers: [Result<String, MathError>]) {
        condition.lock()
        defer { condition.unlock() }
        results.reserveCapacity(results.count + keys.count)
        for (key, answer) in zip(keys, answers) { results[key] = answer }
        claimed.subtract(keys)
        condition.broadcast()
    }
}
