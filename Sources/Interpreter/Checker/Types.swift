import SwiftSyntax
/// The static type of an expression, inferred by the compiler as Swift would.
indirect enum SType: CustomStringConvertible {
    case int, double, bool, string, void
    /// `Character`: one grapheme cluster, held at run time as a one-character `.string` value.
    case character
    /// `Substring`: a slice of a string, held at run time as the `.string` value of its text.
    case substring
    case array(SType)
    case dictionary(SType, SType)
    case tuple([SType], labels: [String?])
    case optional(SType)
    /// A function type; `effect` tells whether it throws, where the note says so (see `Effect`).
    case function([SType], SType, effect: Effect = .unspecified)
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
    /// `any Error`: a thrown error, as bound by `catch`.
    case error
    /// `Set<Element>`, held as an array of distinct elements (see `Sets.swift`).
    case set(SType)
    /// `Any`: a value of any type, held with the type it had (see `Existential`).
    case any
    /// An `inout` parameter of a function type, `(inout [Double]) -> Void`: a call passes a
    /// variable with `&`, which the function changes.
    case inoutParameter(SType)

    /// The type as Swift spells it.
    var description: String {
        switch self {
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .character: "Character"
        case .substring: "Substring"
        case .void: "()"
        case .array(let e): "[\(e)]"
        case .dictionary(let k, let v): "[\(k): \(v)]"
        case .tuple(let ts, let labels):
            "(" + zip(ts, labels).map { t, l in l.map { "\($0): \(t)" } ?? "\(t)" }.joined(separator: ", ") + ")"
        case .optional(let t): if case .function = t { "(\(t))?" } else { "\(t)?" }
        case .function(let ps, let r, let effect): "(" + ps.map(\.description).joined(separator: ", ") + ")\(effect.spelled) -> \(r)"
        case .structure(let s): s.isProtocol ? "any \(s.name)" : s.name
        case .range(let closed): closed ? "ClosedRange<Int>" : "Range<Int>"
        case .nilLiteral: "nil"
        case .vector: "Vector"
        case .matrix: "Matrix"
        case .jet: "Jet"
        case .native(let t): t.isProtocol ? "any \(t.name)" : t.name
        case .error: "any Error"
        case .any: "Any"
        case .inoutParameter(let t): "inout \(t)"
        case .set(let e): "Set<\(e)>"
        }
    }

    /// Whether a value of type `self` may be used where `other` is expected.
    func conforms(to other: SType) -> Bool {
        switch (self, other) {
        // A protocol's `Self` opened to a conforming type (a view, see `StructType.opened`) is that
        // type: it is the type, its views and the protocols it conforms to, and nothing else.
        case let (.structure(a), .structure(b)) where a.opened != nil || b.opened != nil: (a.opened ?? a).isSubtype(of: b.opened ?? b)
        // A protocol's associated type stands for whatever a conforming type chooses.
        case (.structure(let s), _) where s.isAssociatedType && s.opened == nil, (_, .structure(let s)) where s.isAssociatedType && s.opened == nil: true
        case (.int, .int), (.double, .double), (.bool, .bool), (.string, .string), (.void, .void): true
        case (.character, .character), (.substring, .substring): true
        case let (.array(a), .array(b)): a.conforms(to: b)
        case let (.dictionary(k1, v1), .dictionary(k2, v2)): k1.conforms(to: k2) && v1.conforms(to: v2)
        case let (.tuple(a, _), .tuple(b, _)): a.count == b.count && zip(a, b).allSatisfy { $0.conforms(to: $1) }
        case let (.optional(a), .optional(b)): a.conforms(to: b)
        case (.nilLiteral, .optional): true
        case let (_, .optional(b)): conforms(to: b)
        case let (.function(p1, r1, e1), .function(p2, r2, e2)):
            p1.count == p2.count && zip(p1, p2).allSatisfy { $0.conforms(to: $1) } && r1.conforms(to: r2) && e1.converts(to: e2)
        case let (.structure(a), .structure(b)): a.isSubtype(of: b)
        case let (.range(a), .range(b)): a == b
        case (.vector, .vector), (.matrix, .matrix), (.jet, .jet): true
        case let (.native(a), .native(b)): a.conforms(to: b)
        // A note's type adopting one of Optim's protocols (see `NoteConformances.swift`).
        case let (.structure(a), .native(b)): b.isProtocol && a.conformances.contains("Optim." + b.name)
        case (.error, .error): true
        case let (.set(a), .set(b)): a.conforms(to: b)
        case let (.inoutParameter(a), .inoutParameter(b)): a.conforms(to: b) && b.conforms(to: a)
        case let (.structure(t), .error): t.conformances.contains("Error")
        case (.nilLiteral, .any): false
        case (_, .any): true
        default: false
        }
    }

    /// The type inside every optional wrapping it: `Int` for `Int??`.
    var unwrappingOptionals: SType {
        if case .optional(let wrapped) = self { wrapped.unwrappingOptionals } else { self }
    }

    /// Whether the type is a tuple's.
    var isTuple: Bool {
        if case .tuple = self { true } else { false }
    }

    /// Whether the type is `()` itself (an associated type, which conforms to every type, is not).
    var isVoid: Bool {
        if case .void = self { true } else { false }
    }

    /// How many optionals wrap the type: 0 for `Int`, 2 for `Int??`.
    var optionalDepth: Int {
        if case .optional(let wrapped) = self { 1 + wrapped.optionalDepth } else { 0 }
    }

    /// Whether the type is a struct, enum, class or protocol declared in the note.
    var isNoteType: Bool {
        if case .structure = self { true } else { false }
    }

    /// Whether the type is `String` or `Substring`, which share their read-only members (Swift's
    /// `StringProtocol`) and compare with each other.
    var isStringProtocol: Bool {
        switch self {
        case .string, .substring: true
        default: false
        }
    }

    /// Whether the type is `String`, `Substring` or `Character`, whose values are all held as text.
    var isText: Bool {
        switch self {
        case .string, .substring, .character: true
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
        case .string, .substring: .character
        case .set(let e): e
        case .native(let t): t.sequence?.element
        case .structure(let t): t.noteSequenceElement
        default: nil
        }
    }
}

/// Whether a function type throws. The note's own function types and functions say (`(Double) throws
/// -> Double`, a closure with a `try` of its own); the types weave gives the library's functions and
/// parameters do not, since many of them rethrow, so they take and give functions of either kind.
enum Effect {
    case throwing, nonThrowing, unspecified

    /// Whether a function of this effect may stand where one of `other` is expected: anything but
    /// a throwing function where the note asks for one that does not throw.
    func converts(to other: Effect) -> Bool {
        !(self == .throwing && other == .nonThrowing)
    }

    /// The effect as it is written in a function type, after the parameters.
    var spelled: String { self == .throwing ? " throws" : "" }
}

/// A struct or enum declared in a note: its stored properties or cases, initialisers and methods.
///
/// Made by the compiler; at run time it names the type and its fields or cases when printed.
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
        /// The `willSet` observer, a mutating method taking the new value.
        var willSet: FunctionCode?
        /// The `didSet` observer, a mutating method taking the old value.
        var didSet: FunctionCode?
        /// The observers subclasses add by overriding the property (`override var units: Int {
        /// willSet { … } }`), the most derived first: theirs run around the superclass's.
        var overridingObservers: [OverridingObservers] = []

        /// Whether it is declared `weak`: it holds its instance as a `WeakReference`, and reads nil
        /// once nothing else holds the instance.
        var isWeak = false

        /// Whether setting the property runs code of the note.
        var isObserved: Bool { self.willSet != nil || self.didSet != nil || !overridingObservers.isEmpty }
    }

    /// The observers a subclass adds to a stored property it inherits.
    struct OverridingObservers {
        /// The subclass.
        let owner: ObjectIdentifier
        /// Its `willSet`, taking the new value.
        let willSet: FunctionCode?
        /// Its `didSet`, taking the old value.
        let didSet: FunctionCode?
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
        /// Whether it is declared `final` (or belongs to a `final` class): subclasses may not override it.
        var isFinal = false
        /// For an initialiser, whether it is `required`: every subclass has it, so a metatype
        /// value may construct through it (`t.init()`).
        var isRequired = false
        /// Whether it returns `Self`: on a class, the class it is called on (`Circle.make()`).
        var returnsSelf = false
        /// For an initialiser, whether it delegates to another (`self.init(…)`), which gives the
        /// properties their defaults.
        var delegates = false
    }

    /// The type's name.
    let name: String
    /// Stored properties in declaration order.
    var fields: [Field] = []
    /// Methods by name (the first declared, of a name several overload).
    var methods: [String: Method] = [:]
    /// For a name several methods overload by labels or parameter types, all of them, in
    /// declaration order (see `chooseOverload`).
    var methodOverloads: [String: [Method]] = [:]
    /// Generic methods by name, specialised at each call (several where they overload it).
    var genericMethods: [String: [GenericFunction]] = [:]
    /// Computed properties by name.
    var computed: [String: Method] = [:]
    /// The members declared `private` or `private(set)`, by name (see `PrivateMember`).
    var privateMembers: [String: PrivateMember] = [:]
    /// Setters of computed properties by name: mutating methods taking the new value.
    var setters: [String: Method] = [:]
    /// A declared `subscript`.
    struct Subscript {
        /// The declaration, which `compileSubscript` finds it by.
        let declaration: SyntaxIdentifier
        /// The getter, taking the subscript's parameters.
        let getter: Method
        /// The setter, if any: a mutating method taking the subscript's parameters, then the new value.
        let setter: Method?
    }
    /// Whether the type's values print through a `description` or `debugDescription` of their
    /// own, as its conformances tell before its members are compiled.
    var describesItself: Bool {
        conformances.contains("CustomStringConvertible") || conformances.contains("CustomDebugStringConvertible")
    }
    /// The declared subscripts, in the order declared (the superclass's first).
    var subscripts: [Subscript] = []
    /// Explicit initialisers; when empty, the memberwise one is used.
    var initializers: [Method] = []
    /// Whether the memberwise initialiser stays available beside `initializers`, which were all
    /// declared in extensions.
    var keepsMemberwise = false
    /// For an enum, its cases in declaration order; nil for a struct.
    var cases: [EnumCase]?
    /// For an enum with raw values, their type (`Int`, `String` or `Double`).
    var rawType: SType?
    /// The protocols named in the declaration's inheritance clause.
    var conformances: Set<String> = []
    /// Static stored properties by name.
    var statics: [String: StaticProperty] = [:]
    /// Types declared inside this one, by name.
    var nested: [String: StructType] = [:]
    /// Type aliases declared inside this one (`typealias Item = Int`), and for a protocol its
    /// associated types, by name.
    var aliases: [String: SType] = [:]
    /// Whether this stands for an associated type of a protocol (`associatedtype Item`).
    var isAssociatedType = false
    /// Whether the type is a class: its values are references to an `Instance`.
    var isClass = false
    /// Whether the class is declared `final`.
    var isFinal = false
    /// The class it inherits from.
    var superclass: StructType?
    /// The `==` and `hash(into:)` the type declares itself, if any (see `identity`).
    var declaredIdentity: DeclaredIdentity?
    /// For a protocol, its requirements; nil for other types.
    var protocolInfo: ProtocolInfo?
    /// The note's protocols named in the declaration's inheritance clause (or an extension's).
    var protocols: [StructType] = []
    /// For a view (a protocol's `Self` opened to a conforming type, in which extensions of the
    /// protocol compile for that type; see `Compiler+ProtocolViews.swift`), the conforming type,
    /// whose associated types and static members the view has; nil for other types.
    var opened: StructType?
    /// For a view of a constrained extension, that extension; nil for the general view.
    var viewExtension: ExtensionDeclSyntax?
    /// For a type conforming to protocols with extensions compiled in views, those views, the most
    /// constrained first; for a view of a constrained extension, the general view it falls back on.
    var protocolViews: [StructType] = []
    /// For a class, the methods, accessors and subscripts of its superclasses that it overrides:
    /// the overridden code's identity to the code that runs instead on its instances.
    var overrides: [ObjectIdentifier: FunctionCode] = [:]
    /// What the debug description of one of its enum cases (in an array, say) starts with:
    /// `main.` for a type of the note, `Swift.` for the standard library's `FloatingPointSign`.
    var module = Value.module
    /// For a generic type (`struct Stack<Element>`), its declaration and specialisations; nil for
    /// other types, among them the specialisations themselves.
    var generic: GenericType?
    /// For a specialisation of a generic type (`Stack<Int>`), the generic type and the type
    /// arguments; nil for other types.
    var specialisation: (template: StructType, arguments: [SType])?
    /// For the members that extensions add to a standard or Optim type (`extension Double`), that
    /// type: it is the type of `self` in their bodies.
    var builtin: SType?
    /// How `print` and interpolation show a value of the type, when it conforms to
    /// `CustomStringConvertible`; nil for Swift's default.
    var describe: ((Value) -> String)?
    /// How Swift shows a value of the type nested in a collection (and `debugPrint`), when it
    /// conforms to `CustomDebugStringConvertible`; nil for `describe`'s text or Swift's default.
    var debugDescribe: ((Value) -> String)?

    /// A struct named `name`, filled in by the compiler.
    init(name: String) { self.name = name }

    /// The names of its members: cases, properties, methods and nested types.
    var memberNames: [String] {
        (cases ?? []).map(\.name) + fields.map(\.name) + Array(computed.keys) + Array(methods.keys) + Array(statics.keys)
            + Array(nested.keys) + (rawType == nil ? [] : ["rawValue"])
    }

    /// Whether the type is an enum declared `Comparable`, whose `<` Swift synthesises from case order.
    var isComparableEnum: Bool { isEnum && conformances.contains("Comparable") }

    /// Whether the type is an enum.
    var isEnum: Bool { cases != nil }

    /// Whether a value of this type may be used where `other` is expected: the same type, a
    /// subclass of it, or a type conforming to it when it is a protocol.
    func isSubtype(of other: StructType) -> Bool {
        self === other || superclass?.isSubtype(of: other) == true
            || (other.isProtocol && protocols.contains { $0.isSubtype(of: other) })
            || (other.isComposition && other.protocols.allSatisfy { isSubtype(of: $0) })
    }

    /// Whether the type is a composition of protocols, `A & B`: a protocol that refines them all
    /// and that a type conforming to each of them conforms to.
    var isComposition = false

    /// The enum case named `name`.
    func enumCase(_ name: String) -> EnumCase? { cases?.first { $0.name == name } }

    /// Whether values may be compared with `==`: an enum without associated values, or a type
    /// declaring `Equatable` (or `Hashable`), whose `==` Swift synthesises.
    var isEquatable: Bool {
        !conformances.isDisjoint(with: ["Equatable", "Hashable"]) || (cases?.allSatisfy { $0.parameters.isEmpty } ?? false)
    }

    /// The index of the stored property `name`.
    func fieldIndex(_ name: String) -> Int? { fields.firstIndex { $0.name == name } }
}

/// One case of an enum declared in a note.
final class EnumCase {
    /// The enum the case belongs to.
    let owner: StructType
    /// The case name.
    let name: String
    /// Its position among the enum's cases.
    let index: Int
    /// The associated values, with their labels.
    let parameters: [Signature.Parameter]
    /// The raw value, for an enum with raw values.
    var rawValue: Value?
    /// The default values of its associated values (`minimum: Double = 0`), by position,
    /// evaluated in the global frame for each value made without them.
    var defaults: [Int: (Frame) throws -> Value] = [:]

    /// A case of `owner`.
    init(owner: StructType, name: String, index: Int, parameters: [Signature.Parameter]) {
        self.owner = owner
        self.name = name
        self.index = index
        self.parameters = parameters
    }
}

/// A `static` stored property, initialised lazily on first use as Swift does.
final class StaticProperty {
    /// The declared or inferred type.
    let type: SType
    /// Whether declared with `let`.
    let isLet: Bool
    /// The initial value's code; for a computed property, the getter's, run on every use.
    let initial: Code
    /// For a computed property (`static var zero: Money { Money(cents: 0) }`), its getter,
    /// compiled with the type's other bodies; nil for a stored one.
    let getter: FunctionCode?
    /// For a computed property, the getter run on a metatype (the class a `class var` is read
    /// on, which its body's `Self` is).
    let computed: ((Value) throws -> Value)?
    /// The value, once initialised.
    var value: Value?

    /// A stored static property of `type` initialised by `initial`.
    init(type: SType, isLet: Bool, initial: @escaping Code) {
        self.type = type
        self.isLet = isLet
        self.initial = initial
        self.getter = nil
        self.computed = nil
    }

    /// A computed static property of `type`: `getter`, which `computed` runs on a metatype.
    init(type: SType, getter: FunctionCode, computed: @escaping (Value) throws -> Value) {
        self.type = type
        self.isLet = true
        self.initial = { _ in try computed(.void) }
        self.getter = getter
        self.computed = computed
    }
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
        /// Whether it is `inout`: the argument is a variable written as `&x`, updated when the call returns.
        var isInout = false
        /// Whether it is variadic (`Double...`): its type is the array of the arguments given for it.
        var isVariadic = false
        /// Whether it is written `ArraySlice<T>`: its type is `[T]`, and it takes a slice.
        var isArraySlice = false
        /// Whether it is `@autoclosure`: its argument is an expression, passed as a closure.
        var isAutoclosure = false
        /// Whether it is `@escaping`: the function may keep the function it is given.
        var isEscaping = false
    }
    /// The parameters.
    var parameters: [Parameter]
    /// The result type.
    var result: SType
    /// Whether the function is declared `throws` (or `rethrows`).
    var throwing = false
    /// Whether it is declared `rethrows`: a call throws only when a function it is passed does.
    var rethrowing = false

    /// The function type (a `rethrows` function's effect depends on its arguments, so is left unspecified).
    var type: SType {
        let effect: Effect = rethrowing ? .unspecified : throwing ? .throwing : .nonThrowing
        return .function(parameters.map { $0.isInout ? .inoutParameter($0.type) : $0.type }, result, effect: effect)
    }

    /// The labels and types of the parameters (`x: Int, _: Double`), which tell two overloads apart.
    var parameterShape: String { parameters.map { "\($0.label ?? "_"): \($0.type)" }.joined(separator: ", ") }

    /// The signature with the associated types of a protocol (`Item` of `Container`) replaced by
    /// the types the conforming type `t` gives them, as a call on a `t` sees it.
    func substitutingAssociatedTypes(of t: StructType) -> Signature {
        var s = self
        for i in s.parameters.indices { s.parameters[i].type = s.parameters[i].type.substitutingAssociatedTypes(of: t) }
        s.result = s.result.substitutingAssociatedTypes(of: t)
        return s
    }
}

extension SType {
    /// The type with each associated type of a protocol replaced by the one `t` gives it.
    func substitutingAssociatedTypes(of t: StructType) -> SType {
        switch self {
        case .structure(let s) where s.isAssociatedType:
            let name = String(s.name.split(separator: ".").last ?? "")
            // The `Self` of a protocol `t` does not adopt is a generic argument of `t` (`Box<T>`
            // used as `Box<U>` where `U: P`), which stays.
            if name == "Self" {
                guard let p = s.protocols.first, t !== p, !t.conformances.contains(p.name), !t.protocols.contains(where: { $0 === p }) else { return .structure(t) }
                return self
            }
            // `Cost.Plant.State`: the type `t` gives `Plant`, then the one that type gives `State`.
            let path = s.name.split(separator: ".").dropFirst().map(String.init)
            guard var given = t.aliases[path.first ?? name] else { return self }
            for member in path.dropFirst() {
                guard case .structure(let g) = given, let next = g.aliases[member] else { return self }
                given = next
            }
            if case .structure(let g) = given, g.isAssociatedType { return self }
            return given
        case .array(let e): return .array(e.substitutingAssociatedTypes(of: t))
        case .set(let e): return .set(e.substitutingAssociatedTypes(of: t))
        case .optional(let w): return .optional(w.substitutingAssociatedTypes(of: t))
        case .dictionary(let k, let v): return .dictionary(k.substitutingAssociatedTypes(of: t), v.substitutingAssociatedTypes(of: t))
        case .tuple(let ts, let labels): return .tuple(ts.map { $0.substitutingAssociatedTypes(of: t) }, labels: labels)
        case .function(let ps, let r, let effect):
            return .function(ps.map { $0.substitutingAssociatedTypes(of: t) }, r.substitutingAssociatedTypes(of: t), effect: effect)
        default: return self
        }
    }
}
