import Foundation

/// The formulas of a build, typeset once each: notes built in parallel hand their formulas over
/// (ahead of time with `prefetch`, then with `typeset` when the page needs them); a formula another
/// note is already typesetting is waited for, not typeset again. With a build cache, a formula
/// typeset by an earlier build with the same typesetter is read back instead.
final class TypesetFormulas: @unchecked Sendable {
    /// The typesetter's session, used for formulas not typeset yet.
    private let session: any MathSession
    /// The build cache and the typesetter's ``MathTypesetter/cacheIdentity``, if formulas are cached.
    private let cache: (store: BuildCache, typesetter: String)?
    /// Guards `results` and `claimed`; signalled when results arrive.
    private let condition = NSCondition()
    private var results: [MathKey: Result<String, MathError>] = [:]
    /// Formulas some note is typesetting now.
    private var claimed: Set<MathKey> = []

    init(_ session: any MathSession, cache: (BuildCache, String)? = nil) {
        self.session = session
        self.cache = cache.map { (store: $0.0, typesetter: $0.1) }
    }

    /// Starts typesetting those of `keys` that no note has asked for yet, in the background; a
    /// later `typeset` of them waits for the result instead of typesetting them again.
    func prefetch(_ keys: [MathKey]) {
        let mine = claim(keys)
        guard !mine.isEmpty else { return }
        Thread { [self] in deliver(mine, typesetOrRecall(mine)) }.start()
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
        if !mine.isEmpty { deliver(mine, typesetOrRecall(mine)) }
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

    /// The typeset form of `keys`: from the cache where it holds them, else from the session (and
    /// then kept in the cache).
    private func typesetOrRecall(_ keys: [MathKey]) -> [Result<String, MathError>] {
        guard let cache else { return session.typeset(keys) }
        let names = keys.map { CacheKey(["math/1", cache.typesetter, $0.display ? "display" : "inline", $0.tex]) }
        var answers = names.map { cache.store.read(.math, $0, as: CachedFormula.self)?.result }
        let missing = answers.indices.filter { answers[$0] == nil }
        guard !missing.isEmpty else { return answers.map { $0! } }
        for (index, answer) in zip(missing, session.typeset(missing.map { keys[$0] })) {
            answers[index] = answer
            if case .failure(let error) = answer, error.typesetterFailed { continue }
            cache.store.write(.math, names[index], CachedFormula(answer))
        }
        return answers.map { $0! }
    }

    /// A typeset formula or its TeX error, as the cache stores it.
    private struct CachedFormula: Codable, Sendable {
        var html: String?
        var error: String?

        init(_ result: Result<String, MathError>) {
            switch result {
            case .success(let html): self.html = html
            case .failure(let error): self.error = error.message
            }
        }

        var result: Result<String, MathError>? {
            if let html { return .success(html) }
            return error.map { .failure(MathError(message: $0)) }
        }
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
