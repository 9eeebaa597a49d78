import Foundation

/// The formulas of a build, typeset once each: notes built in parallel hand their formulas over as
/// they finish; a formula another note is already typesetting is waited for, not typeset again.
final class TypesetFormulas: @unchecked Sendable {
    /// The typesetter's session, used for formulas not typeset yet.
    let session: any MathSession
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

    /// The typeset form of each of `keys`: formulas new to the build are typeset now (in order of
    /// first appearance), the others are looked up or waited for.
    func typeset(_ keys: [MathKey]) -> [MathKey: Result<String, MathError>] {
        condition.lock()
        var mine: [MathKey] = []
        for key in keys where results[key] == nil && !claimed.contains(key) {
            claimed.insert(key)
            mine.append(key)
        }
        condition.unlock()

        let answers = session.typeset(mine)

        condition.lock()
        defer { condition.unlock() }
        for (key, answer) in zip(mine, answers) { results[key] = answer }
        claimed.subtract(mine)
        condition.broadcast()
        while keys.contains(where: { results[$0] == nil }) { condition.wait() }
        return Dictionary(keys.map { ($0, results[$0]!) }, uniquingKeysWith: { first, _ in first })
    }
}
