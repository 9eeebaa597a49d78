/// What experiment blocks can call, for the API reference page and the tests that compare it with
/// Optim's and Figures' declarations: which declarations the interpreter's bindings offer under
/// their Swift labels, and the interpreter's own built-ins (checks, tables, figures), listed from
/// the tables the compiler calls them through (`expect` and `table`, compiled rather than bound,
/// from ``Compiler/checkBuiltins``).
///
/// ```swift
/// let api = BlockAPI()
/// api.availability(of: declaration)   // .unavailable for `Tensor`, which blocks cannot use
/// api.builtins(excluding: ["minimize"]).map(\.name)   // ["expect", "expect", "expect", "table", "bar", …]
/// ```
public struct BlockAPI {
    /// One built-in of blocks that is not an Optim or Figures declaration.
    public struct Builtin: Equatable, Sendable {
        /// The function's name.
        public var name: String
        /// The signature, with Swift's labels, types and defaults.
        public var signature: String
        /// What it does, in one sentence; empty when the signature says it all.
        public var summary: String
    }

    private let bindings = Bindings(seed: 0)

    /// The bindings of a fresh session.
    public init() {}

    /// How a block can use a declaration.
    public enum Availability: Equatable, Sendable {
        /// As Swift declares it.
        case available
        /// Under its name, but not with every argument label Swift declares (a gap the label test lists).
        case differentLabels
        /// Not at all: its type or its name is not bound.
        case unavailable
        /// A protocol that blocks use as a type, but that their own types cannot adopt.
        case notAdoptable
    }

    /// Whether a block can use `declaration` as Swift declares it: its type is bound, and a member
    /// or free function is offered under its name with its argument labels (a call passing every
    /// argument, and one passing only those without defaults, both match an overload). Operators
    /// and subscripts, which the compiler handles itself, are available with their type. Optim's
    /// `Jet` overloads of `sqrt`, `exp`, … are reached through the interpreter's own.
    public func availability(of declaration: APIDeclaration) -> Availability {
        func labelled(_ overloads: [NativeFunction]?) -> Availability {
            guard let overloads, !overloads.isEmpty else { return .unavailable }
            return accepts(overloads, declaration.parameters) ? .available : .differentLabels
        }
        func bound(_ found: Bool) -> Availability { found ? .available : .unavailable }
        guard let owner = declaration.owner else {
            guard declaration.kind == .function else { return typeAvailability(declaration) }
            if Compiler.unaryMath[declaration.name] != nil || Compiler.binaryMath[declaration.name] != nil || declaration.name == "abs" {
                return .available
            }
            return labelled(bindings.functions[declaration.name])
        }
        guard let type = type(owner) else { return .unavailable }
        switch declaration.kind {
        case .initializer: return labelled(type.initializers)
        case .method, .function: return labelled((declaration.isStatic ? type.statics : type.methods)[declaration.name])
        case .property:
            return bound(declaration.isStatic
                ? type.constants[declaration.name] != nil || type.statics[declaration.name] != nil
                : type.properties[declaration.name] != nil)
        case .case:
            return declaration.parameters.isEmpty ? bound(type.constants[declaration.name] != nil) : labelled(type.statics[declaration.name])
        case .operator, .subscript: return .available
        case .struct, .class, .enum, .protocol, .typealias: return typeAvailability(declaration)
        }
    }

    /// A type's availability: bound or not, and for a bound protocol whether blocks' own types may
    /// adopt it.
    private func typeAvailability(_ declaration: APIDeclaration) -> Availability {
        guard type(declaration.name) != nil else { return .unavailable }
        return declaration.kind == .protocol && bindings.adoptableProtocols[declaration.name] == nil ? .notAdoptable : .available
    }

    /// The built-ins of blocks, by name: `expect` and `table`, which feed a block's check cards and
    /// tables, then the free functions of the bindings that are not `declared` free functions of
    /// Optim or Figures (the figures: `plot`, `contour`, `explore`, …), each overload once.
    public func builtins(excluding declared: Set<String>) -> [Builtin] {
        var list = Compiler.checkBuiltins
        for name in bindings.functions.keys.sorted() where !declared.contains(name) {
            for overload in bindings.functions[name]! {
                list.append(Builtin(name: name, signature: signature(name, overload), summary: ""))
            }
        }
        return list
    }

    /// The member tables of the Optim or Figures type named `name`.
    private func type(_ name: String) -> NativeType? {
        switch name {
        case "Vector": bindings.vectorType
        case "Matrix": bindings.matrixType
        case "Jet": bindings.jetType
        default: bindings.types[name]
        }
    }

    /// Whether some overload takes a call with `parameters`' labels, given in full or with only the
    /// arguments that have no default, as Swift matches labels: in order, an overload's parameter
    /// with a default may be left out.
    private func accepts(_ overloads: [NativeFunction], _ parameters: [APIDeclaration.Parameter]) -> Bool {
        let full = parameters.map(\.label)
        let required = parameters.filter { $0.defaultValue == nil }.map(\.label)
        func takes(_ overload: NativeFunction, _ labels: [String?]) -> Bool {
            if overload.takesLabels { return true }
            var next = 0
            for p in overload.parameters {
                if next < labels.count, labels[next] == p.label {
                    next += 1
                } else if p.defaultValue == nil {
                    return false
                }
            }
            return next == labels.count
        }
        return overloads.contains { takes($0, full) } && overloads.contains { takes($0, required) }
    }

    /// `name(label: Type = default, …) throws -> Result` for an overload of the bindings.
    private func signature(_ name: String, _ f: NativeFunction) -> String {
        let parameters = f.parameters.enumerated().map { i, p in
            let isLast = i == f.parameters.count - 1
            // An `explore` parameter takes the name the note gives it.
            let label = f.takesLabels && !isLast ? "<name>" : p.label ?? "_"
            return label + ": \(p.type)" + (p.defaultValue.map { " = " + defaultText($0, p.type) } ?? "")
        }
        let result = if case .void = f.result { "" } else { " -> \(f.result)" }
        return name + "(" + parameters.joined(separator: ", ") + ")" + (f.throwing ? " throws" : "") + result
    }

    /// A default value as Swift would write it: a constant of an Optim or Figures type by its name.
    private func defaultText(_ value: Value, _ type: SType) -> String {
        // An optional's default is written as its value is (`xLabel: String? = "step"`).
        if case .some(let wrapped) = value { return defaultText(wrapped, type.unwrappingOptionals) }
        if case .string(let text) = value { return "\"\(text)\"" }
        guard case .object(let object) = value else { return value.description }
        return object.type.constants.first { _, v in v.native.map { "\($0)" } == "\(object.value)" }.map { "." + $0.key } ?? "\(object.value)"
    }
}
