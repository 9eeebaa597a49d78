import SwiftSyntax

/// The standard library's `dump(_:name:)`: a value's mirror written as an indented tree, one line
/// per value — `- ` before one without children, `▿ ` before one with — each its label (`x: `)
/// and summary (a number's or string's debug text, `main.P` for a struct, `main.C #0` for a class
/// instance, numbered in the order met, `3 elements`, `(2 elements)`, `Optional(3)`), then its
/// children: stored properties, elements, associated values, a superclass's part as `super:`.
/// An instance met again is its summary alone, so cycles end. Values whose mirrors Swift builds
/// otherwise than here (a `Set`, whose order changes from run to run, Optim's values, views,
/// metatypes, the standard types written in Swift) are refused.
extension Compiler {
    /// Compiles `dump(x)` or `dump(x, name: "…")`, which writes the tree and returns `x`.
    func dumpCall(_ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        guard let first = args.first, first.label == nil else { throw error(c, "missing argument for parameter #1 in call") }
        var name: Code?
        for a in args.dropFirst() {
            guard a.label == "name" else {
                throw unsupported(a.expression, "'dump' with '\(a.label ?? "_"):'; only 'dump(_:name:)' is reproduced")
            }
            name = try expression(a.expression, as: .optional(.string))
        }
        let value = try expression(first.expression)
        if let refused = Self.undumpable(value.type) {
            throw unsupported(first.expression, "'dump' of a value holding \(refused), whose mirror weave does not reproduce")
        }
        let (code, runtime, at) = (value.code, self.runtime, self.at(c))
        return Typed(type: value.type) { f in
            let v = try code(f)
            let label: String? = if let name, case .some(.string(let s)) = try name(f) { s } else { nil }
            var dumper = Dumper()
            do { try dumper.dump(v, name: label, indent: 0) } catch let refused as Dumper.Refused {
                throw InterpreterError(message: "not supported in experiment blocks: 'dump' of a value holding \(refused.what), whose mirror weave does not reproduce", at: at)
            }
            runtime.write(dumper.text)
            return v
        }
    }

    /// What in a value of `type` `dump` cannot write as Swift does (see `Dumper`), described for
    /// the error; nil when every part of it can be (an `Any` is looked into when it is dumped).
    static func undumpable(_ type: SType, outside enclosing: Set<ObjectIdentifier> = []) -> String? {
        switch type {
        case .int, .double, .bool, .string, .character, .substring, .void, .range, .function, .any, .nilLiteral: return nil
        case .array(let e), .optional(let e): return undumpable(e, outside: enclosing)
        case .dictionary(let k, let v): return undumpable(k, outside: enclosing) ?? undumpable(v, outside: enclosing)
        case .tuple(let ts, _): return ts.lazy.compactMap { undumpable($0, outside: enclosing) }.first
        case .set: return "a Set (whose order changes from run to run)"
        case .structure(let s) where enclosing.contains(ObjectIdentifier(s)): return nil
        case .structure(let s):
            guard s.module == Value.module, !s.isProtocol else { return "a '\(s.name)'" }
            let inner = enclosing.union([ObjectIdentifier(s)])
            var parts = s.fields.map(\.type) + (s.cases ?? []).flatMap { $0.parameters.map(\.type) }
            var superclass = s.superclass
            while let t = superclass {
                parts += t.fields.map(\.type)
                superclass = t.superclass
            }
            return parts.lazy.compactMap { undumpable($0, outside: inner) }.first
        case let other:
            return Dumper.isScalar(other) ? nil : "a '\(other)'"
        }
    }
}

/// Writes one `dump`'s tree (see `Compiler.dumpCall`).
struct Dumper {
    /// The text written so far.
    var text = ""
    /// The number of each class instance met, in the order met.
    private var visited: [ObjectIdentifier: Int] = [:]

    /// A value whose mirror is not reproduced here.
    struct Refused: Error {
        /// What it holds, for the error.
        let what: String
    }

    /// Whether a value of `type` is a `Float` or fixed-width integer, written as its debug text.
    static func isScalar(_ type: SType) -> Bool {
        guard case .native(let t) = type else { return false }
        return ["Float", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64"].contains(t.name) && t.view == nil
    }

    /// Writes `value` (labelled `name`) and its children at `indent` spaces.
    mutating func dump(_ value: Value, name: String?, indent: Int) throws {
        if case .existential(let e) = value {
            if let refused = Compiler.undumpable(e.type) { throw Refused(what: refused) }
            return try dump(e.value, name: name, indent: indent)
        }
        let (summary, children) = try mirror(value)
        var line = String(repeating: " ", count: indent) + (children.isEmpty ? "- " : "▿ ") + (name.map { "\($0): " } ?? "") + summary
        guard case .instance(let o) = value else {
            text += line + "\n"
            for child in children { try dump(child.value, name: child.label, indent: indent + 2) }
            return
        }
        if let number = visited[ObjectIdentifier(o)] {
            text += line + " #\(number)\n"
            return
        }
        line += " #\(visited.count)"
        visited[ObjectIdentifier(o)] = visited.count
        text += line + "\n"
        try dumpSuperclass(of: o.type, o, indent: indent + 2)
        for child in children { try dump(child.value, name: child.label, indent: indent + 2) }
    }

    /// Writes the part of instance `o` that `t`'s superclass declares, as `super: main.Base`.
    private mutating func dumpSuperclass(of t: StructType, _ o: Instance, indent: Int) throws {
        guard let s = t.superclass else { return }
        let own = Self.ownFields(of: s, o)
        text += String(repeating: " ", count: indent) + (own.isEmpty ? "- " : "▿ ") + "super: " + s.nestedName + "\n"
        try dumpSuperclass(of: s, o, indent: indent + 2)
        for child in own { try dump(child.value, name: child.label, indent: indent + 2) }
    }

    /// The stored properties of instance `o` that class `t` itself declares.
    private static func ownFields(of t: StructType, _ o: Instance) -> [(label: String?, value: Value)] {
        let inherited = t.superclass?.fields.count ?? 0
        return (inherited..<t.fields.count).map { (t.fields[$0].name, o.fields[$0]) }
    }

    /// The summary Swift writes for `value` and its mirror's children, with their labels.
    private func mirror(_ value: Value) throws -> (String, [(label: String?, value: Value)]) {
        /// A collection's or tuple's count, as Swift words it.
        func count(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? "1 \(one)" : "\(n) \(many)" }
        switch value {
        case .int, .double, .bool, .string, .function, .none: return (value.debugDescription, [])
        case .some(let wrapped): return (value.debugDescription, [("some", wrapped)])
        case .void: return ("(0 elements)", [])
        case .tuple(let t):
            return ("(" + count(t.elements.count, "element", "elements") + ")",
                    zip(t.elements, t.labels).enumerated().map { i, pair in (pair.1 ?? ".\(i)", pair.0) })
        case .array(let xs): return (count(xs.count, "element", "elements"), xs.map { (nil, $0) })
        case .dictionary(let d):
            let pairs = zip(d.keys, d.values).map { Value.tuple(TupleValue(elements: [$0, $1], labels: ["key", "value"])) }
            return (count(pairs.count, "key/value pair", "key/value pairs"), pairs.map { (nil, $0) })
        case .range(let r): return (value.debugDescription, [("lowerBound", .int(r.lower)), ("upperBound", .int(r.upper))])
        case .structure(let s):
            let summary = (s.type.debugDescribe ?? s.type.describe)?(value) ?? s.type.nestedName
            return (summary, zip(s.type.fields, s.fields).map { ($0.name, $1) })
        case .instance(let o):
            return ((o.type.debugDescribe ?? o.type.describe)?(value) ?? o.type.nestedName, Self.ownFields(of: o.type, o))
        case .enumeration(let e):
            let owner = e.tag.owner
            let summary = (owner.debugDescribe ?? owner.describe)?(value) ?? owner.nestedName + "." + e.tag.name
            guard !e.payload.isEmpty else { return (summary, []) }
            let labels = e.tag.parameters.map(\.label)
            // One unlabelled associated value is the child itself; several, or a labelled one, a tuple.
            let payload = e.payload.count == 1 && labels[0] == nil ? e.payload[0] : .tuple(TupleValue(elements: e.payload, labels: labels))
            return (summary, [(e.tag.name, payload)])
        case .object(let o) where o.value is Float || o.value is any FixedWidthInteger:
            return (value.debugDescription, [])
        default:
            throw Refused(what: "a value of type '\(value)'")
        }
    }
}
