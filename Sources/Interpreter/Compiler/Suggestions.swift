import SwiftSyntax

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

    /// The members of a value of `type` a suggestion may name: those of a type of the note, or an
    /// Optim or Figures type's properties and methods.
    func memberNames(of type: SType) -> [String] {
        if case .structure(let t) = type { return t.memberNames }
        guard let t = nativeType(of: type) else { return [] }
        return Array(t.properties.keys) + Array(t.methods.keys)
    }

    /// The static members of the type called `typeName` a suggestion may name: an Optim or
    /// Figures type's static methods and constants.
    func staticMemberNames(of typeName: String) -> [String] {
        guard let t = nativeStaticType(typeName).flatMap(nativeType(of:)) else { return [] }
        return Array(t.statics.keys) + Array(t.constants.keys)
    }

    /// The error for a type name that names no type here: "cannot find type" with a suggestion
    /// when it is a near miss of a type of the note or of Optim and Figures; otherwise the type is
    /// taken for one of Swift's that the subset lacks (a near miss of a built-in name, such as
    /// `Int8` for `Int`, is usually such a type).
    func unknownType(_ name: String, _ node: some SyntaxProtocol) -> InterpreterError {
        if Self.swiftTypesOutsideTheSubset.contains(name) { return unsupported(node, "type '\(name)'") }
        var types = ["Vector", "Matrix", "Jet"] + Array(bindings.types.keys)
        var s: Scope? = scope
        while let current = s {
            types += Array(current.types.keys) + Array(current.aliases.keys)
            s = current.parent
        }
        guard let near = nearestName(to: name, in: types) else { return unsupported(node, "type '\(name)'") }
        return error(node, "cannot find type '\(name)' in scope; did you mean '\(near)'?")
    }

    /// Swift's own types that experiment blocks do not have: naming one is "not supported", never
    /// a near miss of a type that happens to share its start (`Float80` is not `FloatingPointSign`).
    static let swiftTypesOutsideTheSubset: Set<String> = [
        "Float16", "Float80", "CGFloat", "Decimal",
    ]

    /// `message`, followed by a suggestion when one of `candidates` is a likely intended spelling of `name`.
    func suggesting(_ message: String, _ name: String, among candidates: some Sequence<String>) -> String {
        guard let near = nearestName(to: name, in: candidates) else { return message }
        return message + "; did you mean '\(near)'?"
    }
}

/// The candidate closest to `name` by edit distance (ties broken alphabetically, so the
/// message is deterministic), if close enough to be a typo: at most a third of its letters (so
/// names of one or two letters get no suggestion by spelling). Failing that, a candidate that
/// abbreviates `name` or that `name` abbreviates: `lr` and `learningRate`, `eps` and `epsilon`.
func nearestName(to name: String, in candidates: some Sequence<String>) -> String? {
    let limit = name.count / 3
    var best: (name: String, distance: Int)?
    var abbreviation: String?
    for c in candidates where c != name {
        let d = editDistance(Array(name.lowercased()), Array(c.lowercased()))
        if d <= limit, best.map({ d < $0.distance || (d == $0.distance && c < $0.name) }) ?? true {
            best = (c, d)
        }
        if abbreviates(name, c) || abbreviates(c, name), abbreviation.map({ c < $0 }) ?? true {
            abbreviation = c
        }
    }
    return best?.name ?? abbreviation
}

/// Whether `short` abbreviates `long`: it is the initials of `long`'s camel-case words (`lr` for
/// `learningRate`), from three letters its start (`tol` for `tolerance`), or its first camel-case
/// word (`y` for `yScale`).
private func abbreviates(_ short: String, _ long: String) -> Bool {
    let firstWord = long.prefix { $0.isLowercase || $0.isNumber }
    if !short.isEmpty, firstWord == short, firstWord.count < long.count { return true }
    let (short, initials) = (short.lowercased(), String(long.prefix(1) + long.dropFirst().filter(\.isUppercase)).lowercased())
    return short.count >= 2 && short.count < long.count
        && (initials == short || (short.count >= 3 && long.lowercased().hasPrefix(short)))
}

/// The edit distance between two strings of characters, counting a swap of neighbours as one
/// edit as swiftc does (`valeu` is one edit from `value`): the optimal string alignment distance.
private func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var beforePrevious: [Int] = []
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
        var current = [i + 1]
        for (j, y) in b.enumerated() {
            var d = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            if i > 0, j > 0, x == b[j - 1], a[i - 1] == y { d = min(d, beforePrevious[j - 1] + 1) }
            current.append(d)
        }
        (beforePrevious, previous) = (previous, current)
    }
    return previous[b.count]
}
