/// "Did you mean …?" for misspelt names, as swiftc suggests them.
extension Compiler {
    /// The names visible where the compiler is: variables, functions and types of every
    /// enclosing scope, and the members of `self`.
    var visibleNames: Set<String> {
        var names: Set<String> = []
        var s: Scope? = scope
        while let current = s {
            names.formUnion(current.bindings.keys.filter { !$0.hasPrefix("$") })
            names.formUnion(current.types.keys)
            if let t = current.function.selfType {
                names.formUnion(t.fields.map(\.name))
                names.formUnion(t.computed.keys)
                names.formUnion(t.methods.keys)
            }
            s = current.parent
        }
        return names
    }

    /// `message`, followed by a suggestion when one of `candidates` is a likely intended spelling of `name`.
    func suggesting(_ message: String, _ name: String, among candidates: some Sequence<String>) -> String {
        guard let near = nearestName(to: name, in: candidates) else { return message }
        return message + "; did you mean '\(near)'?"
    }
}

/// The candidate closest to `name` by edit distance (ties broken alphabetically, so the
/// message is deterministic), if close enough to be a typo: at most a third of its letters (so
/// names of one or two letters get no suggestion).
func nearestName(to name: String, in candidates: some Sequence<String>) -> String? {
    let limit = name.count / 3
    guard limit > 0 else { return nil }
    var best: (name: String, distance: Int)?
    for c in candidates where c != name {
        let d = editDistance(Array(name.lowercased()), Array(c.lowercased()))
        guard d <= limit else { continue }
        if let b = best, d > b.distance || (d == b.distance && c > b.name) { continue }
        best = (c, d)
    }
    return best?.name
}

/// The Levenshtein distance between two strings of characters.
private func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
        var current = [i + 1]
        for (j, y) in b.enumerated() {
            current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
        }
        previous = current
    }
    return previous[b.count]
}
