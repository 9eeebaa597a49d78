import Optim

/// A value of an Optim or Figures type without a `Value` case of its own, boxed with its type.
final class NativeObject {
    /// The Swift value, such as an `Adam` or a `Run`.
    let value: Any
    /// Its type as the compiler sees it.
    let type: NativeType

    /// Boxes `value` of type `type`.
    init(_ value: Any, _ type: NativeType) {
        self.value = value
        self.type = type
    }
}

/// What a built-in needs while it runs: the runtime (to call note closures) and the calling line.
struct NativeContext {
    /// The session's runtime.
    let runtime: Runtime
    /// Where the call is written, for errors.
    let at: SourcePoint

    /// Calls a function value of the note with positional arguments.
    func call(_ function: Value, _ arguments: [Value]) throws -> Value {
        guard case .function(let callable) = function else { return .void }
        guard let code = callable.code else { return try callable.builtin!(arguments) }
        let frame = runtime.frame(for: code, parent: callable.captured)
        for (i, a) in arguments.enumerated() { frame.slots[i] = a }
        return try runtime.call(code, in: frame, at)
    }

    /// An error at the calling line.
    func error(_ message: String) -> InterpreterError { InterpreterError(message: message, at: at) }
}

/// The implementation of a built-in: the context and the matched arguments (receiver first for
/// methods; defaults filled in).
typealias NativeBody = (NativeContext, [Value]) throws -> Value

/// The implementation of a built-in that changes its arguments: a mutating method replaces its
/// receiver (argument 0) and a method with `inout` parameters their arguments, each stored back
/// into the caller's variable when it returns.
typealias NativeUpdate = (NativeContext, inout [Value]) throws -> Value

/// One parameter of a built-in: label, type and an optional constant default.
struct NativeParameter {
    /// The argument label, nil for `_`.
    var label: String?
    /// The parameter type.
    var type: SType
    /// The default value, if the argument may be omitted.
    var defaultValue: Value?
    /// Whether it is `inout`: the argument is a variable written `&x`, which the built-in's
    /// `update` changes.
    var isInout = false
}

/// A built-in function, initialiser or method with Swift's labels and defaults.
struct NativeFunction {
    /// The parameters, without the receiver.
    var parameters: [NativeParameter]
    /// The result type.
    var result: SType
    /// Whether Swift requires `try` at the call (Optim's throwing API).
    var throwing: Bool
    /// The implementation.
    var body: NativeBody
    /// For a built-in that changes its arguments (`inout` parameters, a mutating receiver), the
    /// implementation that gets them to change, used instead of `body` (see `updating`).
    var update: NativeUpdate?
    /// For a mutating method (of a value type held in a box, like `RandomGenerator`): makes the
    /// copy of the receiver that the body changes and that is then stored back, so other
    /// variables holding the old value keep it, as with Swift's value types.
    var copyForMutation: ((Value) -> Value)?
    /// Whether the argument labels are the note's own names (`explore(eta: […], beta: […])`):
    /// each parameter but a last closure takes the label written at the call, and the body gets
    /// the labels after the arguments, as one more argument (an array of strings).
    var takesLabels = false

    /// The signature used to match call arguments.
    var signature: Signature {
        Signature(parameters: parameters.map { .init(label: $0.label, type: $0.type, hasDefault: $0.defaultValue != nil, isInout: $0.isInout) },
                  result: result)
    }
}

/// Shorthand for a parameter.
func param(_ label: String?, _ type: SType, _ defaultValue: Value? = nil) -> NativeParameter {
    NativeParameter(label: label, type: type, defaultValue: defaultValue)
}

/// Shorthand for a built-in.
func native(_ parameters: [NativeParameter], _ result: SType, throwing: Bool = false,
            _ body: @escaping NativeBody) -> NativeFunction {
    NativeFunction(parameters: parameters, result: result, throwing: throwing, body: body)
}

/// Shorthand for a built-in that changes its arguments (see `NativeFunction.update`).
func updating(_ parameters: [NativeParameter], _ result: SType, throwing: Bool = false,
              _ update: @escaping NativeUpdate) -> NativeFunction {
    var f = NativeFunction(parameters: parameters, result: result, throwing: throwing) { c, a in
        var arguments = a
        return try update(c, &arguments)
    }
    f.update = update
    return f
}

/// An Optim or Figures type (or protocol) as the compiler sees it: its initialisers, properties,
/// methods, static members and the protocols it conforms to.
final class NativeType {
    /// The Swift name.
    let name: String
    /// Whether this is a protocol, used as `any P`.
    let isProtocol: Bool
    /// Names of the protocols the type conforms to.
    var protocols: Set<String>
    /// Initialisers, tried in order.
    var initializers: [NativeFunction] = []
    /// Instance properties.
    var properties: [String: (type: SType, get: (Value) -> Value)] = [:]
    /// Setters of the instance properties a block may assign (`adam.lr = 0.1`): the value with
    /// the property set to the new value.
    var setters: [String: (Value, Value) -> Value] = [:]
    /// Instance methods by name, overloads tried in order; the receiver is argument 0.
    var methods: [String: [NativeFunction]] = [:]
    /// Static methods by name.
    var statics: [String: [NativeFunction]] = [:]
    /// Static constants and enum cases, also usable as implicit members (`.log`).
    var constants: [String: Value] = [:]
    /// For a sequence type, such as a string's `unicodeScalars`: the type of its elements and
    /// how to list them from the boxed value; nil for other types.
    var sequence: (element: SType, elements: (Any) -> [Value])?
    /// For a lazy view of the standard library (`ReversedCollection<Array<Int>>`), its kind and
    /// type arguments; nil for other types (see `Views.swift`).
    var view: LazyViewType?
    /// For a metatype (`Int.Type`, what `type(of:)` gives): whether Swift's text for its values
    /// nested in a collection (the type's name with its module) is known here for every type it
    /// may hold; nil for other types (see `Metatype`).
    var metatypePrintsNested: Bool?
    /// For the metatype of a struct, enum or class of the note (`Base.Type`), that type: its
    /// static members are asked of a value, and a subclass's metatype is one of it.
    var metatypeInstance: StructType?
    /// For a metatype (`Float.Type`, `Base.Type`), the type whose metatype it is.
    var metatypeOf: SType?

    /// A type or protocol named `name`.
    init(_ name: String, isProtocol: Bool = false, protocols: Set<String> = []) {
        self.name = name
        self.isProtocol = isProtocol
        self.protocols = protocols
    }

    /// Whether a value of this type may be used where `other` is expected.
    func conforms(to other: NativeType) -> Bool {
        // Every metatype is an `Any.Type`.
        self === other || (other.isProtocol && protocols.contains(other.name))
            || (metatypePrintsNested != nil && other.name == "Any.Type")
            || (other.metatypeInstance.map { metatypeInstance?.isSubtype(of: $0) == true } ?? false)
    }

    /// Boxes a Swift value of this type.
    func box(_ value: Any) -> Value { .object(NativeObject(value, self)) }
}

extension Value {
    /// The `Double` inside, for arguments the compiler has type-checked.
    var double: Double {
        if case .double(let x) = self { return x }
        return .nan
    }

    /// The `Int` inside.
    var int: Int {
        if case .int(let x) = self { return x }
        return 0
    }

    /// The `Bool` inside.
    var bool: Bool { self == .bool(true) }

    /// The `String` inside.
    var string: String {
        if case .string(let s) = self { return s }
        return description
    }

    /// The elements of an array.
    var elements: [Value] {
        if case .array(let xs) = self { return xs }
        return []
    }

    /// An array of `Double`s.
    var doubles: [Double] { elements.map(\.double) }

    /// The `Vector` inside.
    var vector: Vector {
        if case .vector(let v) = self { return v }
        return Vector([])
    }

    /// The `Matrix` inside.
    var matrix: Matrix {
        if case .matrix(let m) = self { return m }
        return Matrix(rows: 0, cols: 0, scalars: [])
    }

    /// The boxed Swift value, or nil.
    var native: Any? {
        if case .object(let o) = self { return o.value }
        return nil
    }

    /// The wrapped value of an optional, or nil for `.none`.
    var unwrapped: Value? {
        if case .some(let v) = self { return v }
        return nil
    }

    /// A pair of `Double`s, as in `betas: (0.9, 0.999)`.
    var pair: (Double, Double) {
        if case .tuple(let t) = self, t.elements.count == 2 { return (t.elements[0].double, t.elements[1].double) }
        return (.nan, .nan)
    }

    /// A pair of `Double`s as a tuple value.
    static func pair(_ a: Double, _ b: Double) -> Value {
        .tuple(.pair(.double(a), .double(b)))
    }

    /// An array of `Double`s.
    static func doubles(_ xs: [Double]) -> Value { .array(xs.map { .double($0) }) }
}
