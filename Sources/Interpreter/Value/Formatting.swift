/// Text of values exactly as Swift's `print` and `debugPrint` write them.
extension Value {
    /// What `print` and string interpolation show: Swift's `description`.
    var description: String {
        switch self {
        case .string(let s): s
        default: debugDescription
        }
    }

    /// What Swift shows for a value nested in a collection: strings quoted.
    var debugDescription: String {
        switch self {
        case .int(let x): String(x)
        case .double(let x): x.description
        case .bool(let x): x ? "true" : "false"
        case .string(let s): s.debugDescription
        case .array(let xs): "[" + xs.map(\.debugDescription).joined(separator: ", ") + "]"
        case .dictionary(let d):
            d.keys.isEmpty
                ? "[:]"
                : "[" + zip(d.keys, d.values).map { "\($0.debugDescription): \($1.debugDescription)" }
                    .joined(separator: ", ") + "]"
        case .tuple(let t): "(" + Self.labelled(t.elements, t.labels) + ")"
        case .structure(let s): s.type.name + "(" + Self.labelled(s.fields, s.type.fields.map(\.name)) + ")"
        case .range(let r): "\(r.lower)\(r.closed ? "..." : "..<")\(r.upper)"
        case .function: "(Function)"
        case .none: "nil"
        case .some(let v): "Optional(\(v.debugDescription))"
        case .void: "()"
        }
    }

    private static func labelled(_ values: [Value], _ labels: [String?]) -> String {
        zip(values, labels).map { v, l in l.map { "\($0): \(v.debugDescription)" } ?? v.debugDescription }
            .joined(separator: ", ")
    }
}
