import SwiftSyntax

/// `Set`: held as an array of distinct elements in weave's canonical order, by their `digest`
/// (the same in every run), so that two equal sets hold the same array and compare and hash as
/// equal wherever they are nested (a `Set<Set<Int>>`, a dictionary key, a field of a `Hashable`
/// struct), as Swift's do.
///
/// Swift's `Set` iterates in an order that changes from one run to the next (its hashing is seeded
/// per process), so no interpreter can print what compiled Swift prints. A note gets an error where
/// it would print a `Set` (`print`, interpolation, `String(describing:)`, a block's last value)
/// suggesting `.sorted()`; iteration, which a note may need, follows the canonical order.
extension Compiler {
    /// Compiles `Set(sequence)`, `Set()` (with a type from context) or `Set<T>()`.
    func setInitializer(_ element: SType?, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        if args.isEmpty {
            guard let element else { throw error(c, "empty Set needs a type: write Set<Int>() or annotate the variable") }
            return Typed(type: .set(element)) { _ in .array([]) }
        }
        guard args.count == 1, args[0].label == nil else { throw error(c, "use Set(sequence) or Set<T>()") }
        let s = try sequence(args[0].expression)
        try requireHashable(s.element, c.calledExpression, generic: "Set")
        return Typed(type: .set(s.element)) { f in .array(canonicalSet(try s.code(f))) }
    }

    /// `Set<T>(…)` written with its element type, or nil for another callee.
    func genericSetInitializer(_ callee: ExprSyntax, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        guard let g = callee.as(GenericSpecializationExprSyntax.self),
              g.expression.as(DeclReferenceExprSyntax.self)?.baseName.text == "Set",
              let argument = g.genericArgumentClause.arguments.first, g.genericArgumentClause.arguments.count == 1 else { return nil }
        return try setInitializer(try resolveType(argument.argument.cast(TypeSyntax.self)), args, c)
    }

    /// The type a variable's annotation names; a bare `Set` (`let s: Set = [1, 2]`) takes its
    /// element type from the array literal it is initialised with, as Swift infers it.
    func annotationType(_ t: TypeSyntax, initializer: ExprSyntax?) throws -> SType {
        // `let named: KeyValuePairs = ["a": 1]`: the pairs' types are the literal's.
        if let id = t.as(IdentifierTypeSyntax.self), id.name.text == "KeyValuePairs", id.genericArgumentClause == nil,
           let literal = initializer?.as(DictionaryExprSyntax.self), case .elements = literal.content,
           case .dictionary(let key, let value) = try expression(ExprSyntax(literal)).type, let template = scope.lookupType("KeyValuePairs") {
            return .structure(try specialize(template, [key, value], t))
        }
        guard let id = t.as(IdentifierTypeSyntax.self), id.name.text == "Set", id.genericArgumentClause == nil,
              let literal = initializer?.as(ArrayExprSyntax.self), !literal.elements.isEmpty,
              case .array(let element) = try expression(ExprSyntax(literal)).type else { return try resolveType(t) }
        return .set(element)
    }

    /// An array literal where a `Set` is expected: its distinct elements.
    func setLiteral(_ a: ArrayExprSyntax, element: SType) throws -> Typed {
        let array = try expression(ExprSyntax(a), as: .array(element))
        return Typed(type: .set(element)) { f in
            guard case .array(let xs) = try array(f) else { return .void }
            return .array(canonicalSet(xs))
        }
    }

    /// Refuses to print a value whose text would list a `Set`'s elements, as their order in
    /// compiled Swift changes from run to run, or a lazy view whose base is not printed here as
    /// Swift prints it (see `Views.swift`).
    /// With `debug`, the text is the value's `debugDescription` (`debugPrint`, `String(reflecting:)`),
    /// which names a metatype with its module even at the top level.
    func refuseUnorderedPrinting(_ type: SType, _ node: some SyntaxProtocol, debug: Bool = false) throws {
        if type.containsSet {
            throw error(node, "a Set prints its elements in an order that changes from run to run in Swift; print '.sorted()' of it instead")
        }
        switch (debug ? SType.array(type) : type).unprintablePart {
        case .view?:
            throw unsupported(node, "printing '\(type)', whose text in Swift names types weave cannot tell apart here or shows what weave does not reproduce (a slice, a Set's order, an iterator's state); print 'Array(…)' of it instead")
        case .metatype?:
            throw unsupported(node, "printing '\(type)', whose text in Swift names each type with its module, which weave cannot tell here; print the types one by one")
        case .address?:
            throw error(node, "an ObjectIdentifier prints a memory address, which changes from run to run; compare identifiers instead of printing them")
        case nil: break
        }
    }

    /// `a == b` for sets: the same elements, in any order.
    func setEquality(_ op: String, _ l: Typed, _ r: Typed) -> Typed {
        let (a, b, equal) = (l.code, r.code, op == "==")
        return Typed(type: .bool) { f in
            guard case .array(let x) = try a(f), case .array(let y) = try b(f) else { return .void }
            return .bool((Set(x) == Set(y)) == equal)
        }
    }

    /// Compiles a method of a `Set`, or returns nil.
    func setMethod(_ baseExpr: ExprSyntax, _ base: Typed, _ e: SType, _ name: String, _ args: [Argument],
                   _ c: FunctionCallExprSyntax) throws -> Typed? {
        let code = base.code
        let labels = args.map { $0.isTrailingClosure ? "where" : $0.label }
        func elements(_ f: Frame) throws -> [Value] {
            guard case .array(let xs) = try code(f) else { return [] }
            return xs
        }
        switch (name, labels) {
        case ("insert", [nil]), ("remove", [nil]), ("update", ["with"]):
            let x = try expression(args[0].expression, as: e)
            let place = try mutatingPlace(baseExpr, c)
            let kind = name
            let result: SType = kind == "insert" ? .tuple([.bool, e], labels: ["inserted", "memberAfterInsert"]) : .optional(e)
            return Typed(type: result) { f in
                try place.prepare?(f)
                let v = try x(f)
                var out: Value = .void
                try place.prepared(f) { s in
                    guard case .array(var xs) = s else { return }
                    s = .void
                    let i = xs.firstIndex(of: v)
                    switch kind {
                    case "insert":
                        if i == nil { insertCanonically(v, into: &xs) }
                        out = .tuple(TupleValue(elements: [.bool(i == nil), i.map { xs[$0] } ?? v], labels: ["inserted", "memberAfterInsert"]))
                    case "update":
                        // The member equal to `v`, replaced by `v`; nil when `v` was inserted.
                        if let i { out = .some(xs[i]); xs[i] = v } else { out = .none; insertCanonically(v, into: &xs) }
                    default:
                        out = i.map { .some(xs.remove(at: $0)) } ?? .none
                    }
                    s = .array(xs)
                }
                return out
            }
        case ("contains", [nil]):
            let x = try expression(args[0].expression, as: e)
            return Typed(type: .bool) { f in .bool(try elements(f).contains(try x(f))) }
        case ("union", [nil]), ("intersection", [nil]), ("subtracting", [nil]), ("symmetricDifference", [nil]),
             ("isSubset", ["of"]), ("isSuperset", ["of"]), ("isStrictSubset", ["of"]), ("isStrictSuperset", ["of"]), ("isDisjoint", ["with"]):
            let other = try setOperand(args[0].expression, e)
            let kind = name
            let isTest = kind.hasPrefix("is")
            return Typed(type: isTest ? .bool : base.type) { f in
                let (xs, ys) = (try elements(f), try other(f))
                let (a, b) = (Set(xs), Set(ys))
                switch kind {
                case "union": return .array(canonicalSet(xs + ys))
                case "intersection": return .array(xs.filter(b.contains))
                case "subtracting": return .array(xs.filter { !b.contains($0) })
                case "symmetricDifference": return .array(canonicalSet(xs.filter { !b.contains($0) } + ys.filter { !a.contains($0) }))
                case "isSubset": return .bool(a.isSubset(of: b))
                case "isSuperset": return .bool(a.isSuperset(of: b))
                case "isStrictSubset": return .bool(a.isStrictSubset(of: b))
                case "isStrictSuperset": return .bool(a.isStrictSuperset(of: b))
                default: return .bool(a.isDisjoint(with: b))
                }
            }
        case ("formUnion", [nil]), ("formIntersection", [nil]), ("subtract", [nil]):
            let other = try setOperand(args[0].expression, e)
            let place = try mutatingPlace(baseExpr, c)
            let kind = name
            return Typed(type: .void) { f in
                try place.prepare?(f)
                let ys = try other(f)
                let b = Set(ys)
                try place.prepared(f) { s in
                    guard case .array(let xs) = s else { return }
                    s = .void
                    switch kind {
                    case "formUnion": s = .array(canonicalSet(xs + ys))
                    case "formIntersection": s = .array(xs.filter(b.contains))
                    default: s = .array(xs.filter { !b.contains($0) })
                    }
                }
                return .void
            }
        case ("append", _), ("insert", _), ("remove", _), ("swapAt", _), ("sort", _), ("reverse", _), ("shuffle", _),
             ("removeLast", _), ("popLast", _):
            // What only an ordered collection has (or these labels of it): no such member.
            return nil
        default:
            // Everything else a Set shares with other sequences; `filter` keeps it a Set.
            return try sequenceMethod(baseExpr, base, name, args, c)
        }
    }

    /// A `Set` or array argument of a set operation, as its elements.
    private func setOperand(_ e: ExprSyntax, _ element: SType) throws -> (Frame) throws -> [Value] {
        let typed = try expression(e, expected: .set(element))
        switch typed.type {
        case .set(let x) where x.conforms(to: element), .array(let x) where x.conforms(to: element):
            let code = typed.code
            return { f in
                guard case .array(let xs) = try code(f) else { return [] }
                return xs
            }
        default:
            throw error(e, "cannot convert value of type '\(typed.type)' to expected argument type 'Set<\(element)>'")
        }
    }
}

extension SType {
    /// Whether a value of the type holds a `Set` anywhere, so that its printed text depends on an
    /// order Swift does not fix.
    var containsSet: Bool { containsSet(outside: []) }

    /// `containsSet`, for a type met inside the note's types `enclosing` (a type holding itself,
    /// through an array or an optional, is looked into once).
    private func containsSet(outside enclosing: Set<ObjectIdentifier>) -> Bool {
        switch self {
        case .set: true
        case .array(let e), .optional(let e): e.containsSet(outside: enclosing)
        case .dictionary(let k, let v): k.containsSet(outside: enclosing) || v.containsSet(outside: enclosing)
        case .tuple(let ts, _): ts.contains { $0.containsSet(outside: enclosing) }
        // A class instance prints its type's name, not its properties.
        case .structure(let t) where t.isClass || t.describesItself || enclosing.contains(ObjectIdentifier(t)): false
        case .structure(let t): t.fields.contains { $0.type.containsSet(outside: enclosing.union([ObjectIdentifier(t)])) }
        default: false
        }
    }
}

/// The distinct elements of `xs` (the first of equal ones), in a set's canonical order: by
/// digest, and in order of first appearance where digests are equal.
private func canonicalSet(_ xs: [Value]) -> [Value] {
    var seen = Set<Value>()
    return xs.filter { seen.insert($0).inserted }.map { ($0.digest, $0) }.enumerated()
        .sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
}

/// Inserts `v`, which `xs` lacks, where a set's canonical order puts it (see `canonicalSet`).
private func insertCanonically(_ v: Value, into xs: inout [Value]) {
    let d = v.digest
    var (low, high) = (0, xs.count)
    while low < high {
        let mid = (low + high) / 2
        if xs[mid].digest <= d { low = mid + 1 } else { high = mid }
    }
    xs.insert(v, at: low)
}
