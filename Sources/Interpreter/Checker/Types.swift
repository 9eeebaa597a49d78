/// The static type of an expression, inferred by the compiler as Swift would.
indirect enum SType: CustomStringConvertible {
    case int, double, bool, string, void
    case array(SType)
    case dictionary(SType, SType)
    case tuple([SType], labels: [String?])
    case optional(SType)
    case function([SType], SType)
    case structure(StructType)
    /// `Range<Int>` or `ClosedRange<Int>`.
    case range(closed: Bool)
    /// The type of `nil` before context gives it one.
    case nilLiteral
    /// Optim's `Vector`.
    case vector
    /// Optim's `Matrix`.
    case matrix
    /// Optim's `Jet`, the forward-mode derivative number user closures are differentiated with.
    case jet
    /// Another Optim or Figures type, or a protocol such as `Objective` (see `NativeType`).
    case native(NativeType)

    /// The type as Swift spells it.
    var description: String {
        switch self {
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .void: "()"
        case .array(let e): "[\(e)]"
        case .dictionary(let k, let v): "[\(k): \(v)]"
        case .tuple(let ts, let labels):
            "(" + zip(ts, labels).map { t, l in l.map { "\($0): \(t)" } ?? "\(t)" }.joined(separator: ", ") + ")"
        case .optional(let t): if case .function = t { "(\(t))?" } else { "\(t)?" }
        case .function(let ps, let r): "(" + ps.map(\.description).joined(separator: ", ") + ") -> \(r)"
        case .structure(let s): s.name
        case .range(let closed): closed ? "ClosedRange<Int>" : "Range<Int>"
        case .nilLiteral: "nil"
        case .vector: "Vector"
        case .matrix: "Matrix"
        case .jet: "Jet"
        case .native(let t): t.isProtocol ? "any \(t.name)" : t.name
        }
    }

    /// Whether a value of type `self` may be used where `other` is expected.
    func conforms(to other: SType) -> Bool {
        switch (self, other) {
        case (.int, .int), (.double, .double), (.bool, .bool), (.string, .string), (.void, .void): true
        case let (.array(a), .array(b)): a.conforms(to: b)
        case let (.dictionary(k1, v1), .dictionary(k2, v2)): k1.conforms(to: k2) && v1.conforms(to: v2)
        case let (.tuple(a, _), .tuple(b, _)): a.count == b.count && zip(a, b).allSatisfy { $0.conforms(to: $1) }
        case let (.optional(a), .optional(b)): a.conforms(to: b)
        case (.nilLiteral, .optional): true
        case let (_, .optional(b)): conforms(to: b)
        case let (.function(p1, r1), .function(p2, r2)):
            p1.count == p2.count && zip(p1, p2).allSatisfy { $0.conforms(to: $1) } && r1.conforms(to: r2)
        case let (.structure(a), .structure(b)): a === b
        case let (.range(a), .range(b)): a == b
        case (.vector, .vector), (.matrix, .matrix), (.jet, .jet): true
        case let (.native(a), .native(b)): a.conforms(to: b)
        default: false
        }
    }

    /// Whether the type is `Int` or `Double`.
    var isNumeric: Bool {
        switch self {
        case .int, .double: true
        default: false
        }
    }

    /// The element type when iterated with `for-in`, if the type is a sequence.
    var elementType: SType? {
        switch self {
        case .array(let e): e
        case .vector: .double
        case .range: .int
        case .dictionary(let k, let v): .tuple([k, v], labels: ["key", "value"])
        case .string: .string
        default: nil
        }
    }
}

/// A struct declared in a note: its stored properties, initialisers and methods.
///
/// Made by the compiler; at run time it names the type and its fields when printed.
final class StructType {
    /// A stored property.
    struct Field {
        /// The property name.
        var name: String
        /// Its declared or inferred type.
        var type: SType
        /// Whether declared with `let`.
        var isLet: Bool
        /// The default value, evaluated when an initialiser does not set it.
        var initial: Code?
    }

    /// A method, initialiser or computed property.
    struct Method {
        /// The compiled body; `self` is slot 0, then the parameters.
        var code: FunctionCode
        /// The function's signature, without `self`.
        var signature: Signature
        /// Whether the method may assign to `self`.
        var isMutating: Bool
        /// Whether it is `static`.
        var isStatic: Bool
    }

    /// The type's name.
    let name: String
    /// Stored properties in declaration order.
    var fields: [Field] = []
    /// Methods by name.
    var methods: [String: Method] = [:]
    /// Computed properties by name.
    var computed: [String: Method] = [:]
    /// Explicit initialisers; when empty, the memberwise one is used.
    var initializers: [Method] = []

    /// A struct named `name`, filled in by the compiler.
    init(name: String) { self.name = name }

    /// The index of the stored property `name`.
    func fieldIndex(_ name: String) -> Int? { fields.firstIndex { $0.name == name } }
}

/// A function's parameter list and result, for checking and matching calls.
struct Signature {
    /// One parameter.
    struct Parameter {
        /// The argument label, nil for `_`.
        var label: String?
        /// The parameter's type.
        var type: SType
        /// Whether it has a default value.
        var hasDefault: Bool
    }
    /// The parameters.
    var parameters: [Parameter]
    /// The result type.
    var result: SType

    /// The function type.
    var type: SType { .function(parameters.map(\.type), result) }
}
