/// Text of values exactly as Swift's `print` and `debugPrint` write them.
extension Value {
    /// What `print` and string interpolation show: Swift's `description`.
    var description: String {
        switch self {
        case .string(let s): s
        case .structure(let s): (s.type.describe ?? s.type.debugDescribe)?(self) ?? s.memberwiseDescription(qualified: false)
        case .instance(let o): (o.type.describe ?? o.type.debugDescribe)?(self) ?? debugDescription
        case .enumeration(let e): (e.tag.owner.describe ?? e.tag.owner.debugDescribe)?(self) ?? e.caseDescription
        case .range(let r): r.rangeDescription
        // `print` shows a NaN `Float` with its sign, as `debugDescription` does.
        case .object(let o): (o.value as? LazyView)?.description ?? (o.value as? Float)?.debugDescription ?? String(describing: o.value)
        case .existential(let e): e.value.description
        default: debugDescription
        }
    }

    /// Swift's `description` property and `String(describing:)`, which differ from what `print`
    /// and interpolation show only for a NaN: `nan`, without the sign or payload they show.
    var descriptionProperty: String {
        switch self {
        case .double(let x) where x.isNaN: x.description
        case .object(let o) where (o.value as? Float)?.isNaN == true: (o.value as! Float).description
        default: description
        }
    }

    /// What Swift shows for a value nested in a collection: strings quoted.
    var debugDescription: String {
        switch self {
        case .int(let x): String(x)
        // What `print` shows: a NaN with its sign and payload (`-nan`, as 0/0 gives on x86).
        case .double(let x): x.debugDescription
        case .bool(let x): x ? "true" : "false"
        case .string(let s): s.debugDescription
        case .array(let xs): "[" + xs.map(\.debugDescription).joined(separator: ", ") + "]"
        case .dictionary(let d):
            d.keys.isEmpty
                ? "[:]"
                : "[" + zip(d.keys, d.values).map { "\($0.debugDescription): \($1.debugDescription)" }
                    .joined(separator: ", ") + "]"
        case .tuple(let t): "(" + Self.labelled(t.elements, t.labels) + ")"
        case .structure(let s): (s.type.debugDescribe ?? s.type.describe)?(self) ?? s.memberwiseDescription(qualified: true)
        case .enumeration(let e): (e.tag.owner.debugDescribe ?? e.tag.owner.describe)?(self) ?? e.tag.owner.nestedName + "." + e.caseDescription
        case .instance(let o): (o.type.debugDescribe ?? o.type.describe)?(self) ?? o.type.nestedName
        case .range(let r): (r.closed ? "ClosedRange(" : "Range(") + r.rangeDescription + ")"
        case .function: "(Function)"
        case .none: "nil"
        case .some(let v): "Optional(\(v.debugDescription))"
        case .void: "()"
        case .vector(let v): v.description
        case .matrix(let m): m.description
        case .jet(let j): j.description
        // A struct without a description of its own is shown with its module, as Swift shows
        // an element of an array: `[Optim.Tensor(shape: [1], scalars: [1.0])]`.
        case .object(let o): (o.value as? LazyView)?.debugDescription ?? String(reflecting: o.value)
        case .existential(let e): e.value.debugDescription
        }
    }

    /// The REPL display of a block's last expression: vectors and matrices with their columns
    /// right-aligned, everything else as `description`.
    var display: String {
        switch self {
        case .matrix(let m):
            m.rows == 0 ? "[]" : Self.aligned((0..<m.rows).map { m.row($0).scalars }, open: "[", close: "]")
        case .array(let xs) where !xs.isEmpty && xs.allSatisfy({ if case .vector = $0 { true } else { false } }):
            Self.aligned(xs.map { if case .vector(let v) = $0 { v.scalars } else { [] } }, open: "[", close: "]")
        default: description
        }
    }

    /// Rows of numbers with every column right-aligned to its widest entry.
    private static func aligned(_ rows: [[Double]], open: String, close: String) -> String {
        let text = rows.map { $0.map(\.description) }
        let columns = text.map(\.count).max() ?? 0
        let widths = (0..<columns).map { j in text.map { j < $0.count ? $0[j].count : 0 }.max() ?? 0 }
        let lines = text.map { row in
            row.enumerated().map { j, s in String(repeating: " ", count: widths[j] - s.count) + s }.joined(separator: "  ")
        }
        return lines.enumerated().map { i, line in
            (i == 0 ? open : String(repeating: " ", count: open.count)) + line + (i == lines.count - 1 ? close : "")
        }.joined(separator: "\n")
    }

    /// The module a note's types belong to, which Swift prints before a type's name where it
    /// shows the type (a value nested in a collection, an optional or a tuple; a class instance):
    /// a compiled single-file program's module is `main`.
    static let module = "main."

    fileprivate static func labelled(_ values: [Value], _ labels: [String?]) -> String {
        zip(values, labels).map { v, l in l.map { "\($0): \(v.debugDescription)" } ?? v.debugDescription }
            .joined(separator: ", ")
    }
}

extension RangeValue {
    /// The range as Swift's `description` writes it: `1...3` or `0..<3`.
    var rangeDescription: String { "\(lower)\(closed ? "..." : "..<")\(upper)" }
}

extension EnumValue {
    /// The case as Swift prints it: its name, then its associated values in parentheses.
    var caseDescription: String {
        payload.isEmpty ? tag.name : tag.name + "(" + Value.labelled(payload, tag.parameters.map(\.label)) + ")"
    }
}

extension StructValue {
    /// The struct as Swift prints it without `CustomStringConvertible`: its type's name, then its
    /// stored properties with their labels.
    /// Swift's default description: the type's name, with its module and the types it is
    /// nested in where `qualified` (inside a collection), then the stored properties.
    func memberwiseDescription(qualified: Bool) -> String {
        (qualified ? type.nestedName : type.shortName) + "(" + Value.labelled(fields, type.fields.map(\.name)) + ")"
    }
}

extension StructType {
    /// The name Swift shows for the type inside another value: with its module and the types it
    /// is nested in (`main.Outer.Inner`, `main.Stack<Swift.Int>`).
    var nestedName: String { qualifiedName ?? module + name }
}
