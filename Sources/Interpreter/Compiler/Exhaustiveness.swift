/// The values a pattern matches, as far as checking a `switch` for exhaustiveness needs to know.
indirect enum PatternSpace {
    /// Every value: `_`, a binding, `default`.
    case all
    /// One constructor of a type with finitely many (an enum case, `false`/`true`, `nil`/`.some`),
    /// by its index, with the spaces of its associated values.
    case constructor(Int, [PatternSpace])
    /// A tuple, element by element.
    case tuple([PatternSpace])
    /// Some values only: a literal, a range, an expression.
    case partial
}

/// A value that none of `rows` matches, one description per column of `types` (such as
/// `.circle(_)`, `(true, _)` or `_`), or nil when the rows cover every value.
///
/// This is the usefulness check of pattern-matching compilers (Maranget, "Warnings for pattern
/// matching"): columns of finite types are split by constructor, other columns keep only the
/// rows that match anything.
func missingValue(_ rows: [[PatternSpace]], _ types: [SType]) -> [String]? {
    guard let first = types.first else { return rows.isEmpty ? [] : nil }
    let rest = Array(types.dropFirst())
    if case .tuple(let elements, _) = first {
        let expanded = rows.compactMap { row -> [PatternSpace]? in
            switch row[0] {
            case .tuple(let parts): parts + row.dropFirst()
            case .all: Array(repeating: .all, count: elements.count) + row.dropFirst()
            default: nil
            }
        }
        guard let w = missingValue(expanded, elements + rest) else { return nil }
        return ["(" + w.prefix(elements.count).joined(separator: ", ") + ")"] + w.dropFirst(elements.count)
    }
    // A column no row splits by constructor is checked as one of an open type: splitting it would
    // not end for a recursive enum (`indirect case add(Expr, Expr)` matched by `.add(let a, let b)`).
    let splits = rows.isEmpty || rows.contains { if case .constructor = $0[0] { true } else { false } }
    guard let constructors = constructors(of: first), splits else {
        let open = rows.compactMap { row -> [PatternSpace]? in
            if case .all = row[0] { return Array(row.dropFirst()) }
            return nil
        }
        return missingValue(open, rest).map { ["_"] + $0 }
    }
    for (i, constructor) in constructors.enumerated() {
        let k = constructor.fields.count
        let specialised = rows.compactMap { row -> [PatternSpace]? in
            switch row[0] {
            case .constructor(let j, let parts) where j == i: parts + row.dropFirst()
            case .all: Array(repeating: .all, count: k) + row.dropFirst()
            default: nil
            }
        }
        if let w = missingValue(specialised, constructor.fields + rest) {
            let name = k == 0 ? constructor.name : constructor.name + "(" + w.prefix(k).joined(separator: ", ") + ")"
            return [name] + w.dropFirst(k)
        }
    }
    return nil
}

/// The constructors of a type with finitely many, with the types of their fields; nil for
/// types such as `Int` or `String`.
private func constructors(of type: SType) -> [(name: String, fields: [SType])]? {
    switch type {
    case .bool: [("false", []), ("true", [])]
    case .optional(let wrapped): [(".none", []), (".some", [wrapped])]
    case .structure(let t): t.cases?.map { c in (name: "." + c.name, fields: c.parameters.map(\.type)) }
    default: nil
    }
}
