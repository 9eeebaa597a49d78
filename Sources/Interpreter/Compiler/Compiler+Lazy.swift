import SwiftSyntax

/// `lazy var` properties: the initial value is computed on first read, where it may use `self`,
/// and kept in a hidden stored property (named as Swift names its storage). In a struct the
/// getter is `mutating`, as in Swift: reading the property stores into the value read from.
extension Compiler {
    /// Whether `v` is declared `lazy`.
    func isLazy(_ v: VariableDeclSyntax) -> Bool { v.modifiers.contains { $0.name.tokenKind == .keyword(.lazy) } }

    /// The name of the stored property holding a lazy property's value once computed.
    private func lazyStorage(_ name: String) -> String { "$__lazy_storage_$_" + name }

    /// Declares the lazy property `binding` of `t`: its storage, getter and setter.
    func declareLazy(_ binding: PatternBindingSyntax, of t: StructType) throws {
        guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else { throw unsupported(binding.pattern, "this property pattern") }
        if t.isEnum { throw error(binding, "enums must not contain stored properties") }
        guard let initial = binding.initializer?.value else { throw error(binding, "lazy properties must have an initializer") }
        let name = id.identifier.text
        // Without a type written, the initial value's, as it reads at this point of the declaration.
        let type: SType
        if let annotation = binding.typeAnnotation {
            type = try resolveType(annotation.type)
        } else {
            do {
                type = try inside(t, .void) { try expression(initial).type }.0
            } catch {
                // (It may use members declared after it, which swiftc types in any order.)
                throw unsupported(binding, "the type of lazy property '\(name)', whose initial value does not type where it is declared (\(((error as? NameError)?.error ?? error as? InterpreterError)?.message ?? "\(error)")); write its type, as in 'lazy var \(name): Double = …'")
            }
        }
        t.fields.append(.init(name: lazyStorage(name), type: .optional(type), isLet: false, initial: { _ in .none }))
        let storage = t.fields.count - 1
        t.computed[name] = .init(code: FunctionCode(name: name, parameterCount: 1), signature: Signature(parameters: [], result: type),
                                 isMutating: !t.isClass, isStatic: false)
        let setter = FunctionCode(name: name, parameterCount: 2)
        setter.slotCount = 2
        setter.body = { f in
            f.slots[0].store(.some(f.slots[1]), at: storage)
            return .normal
        }
        t.setters[name] = .init(code: setter, signature: Signature(parameters: [.init(label: nil, type: type, hasDefault: false)], result: .void),
                                isMutating: !t.isClass, isStatic: false)
    }

    /// Compiles the getter of the lazy property `binding` of `t`: the first read computes the
    /// initial value with `self` in scope and stores it.
    func compileLazy(_ binding: PatternBindingSyntax, of t: StructType) throws {
        guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text, let getter = t.computed[name],
              let storage = t.fieldIndex(lazyStorage(name)), let initial = binding.initializer?.value else { return }
        let (value, slotCount) = try inside(t, getter.signature.result) {
            try escaping(initial, as: .initial) { try expression(initial, as: getter.signature.result) }
        }
        getter.code.slotCount = slotCount
        getter.code.body = { f in
            if case .some(let v) = f.slots[0].field(storage) {
                f.result = v
            } else {
                let v = try value(f)
                f.slots[0].store(.some(v), at: storage)
                f.result = v
            }
            return .returned
        }
    }

    /// Runs `body` in the scope of a lazy property's initial value in `t`, where `self` is the
    /// value and `result` the type the value has; with the number of slots it needed.
    private func inside<T>(_ t: StructType, _ result: SType, _ body: () throws -> T) throws -> (T, Int) {
        let context = FunctionContext(parent: function, returnType: result, selfType: t)
        let saved = scope
        scope = Scope(parent: saved, function: context)
        defer { scope = saved }
        declare("self", .structure(t), mutable: false)
        return (try body(), context.slotCount)
    }
}

extension Value {
    /// Stores `v` in field `i` of this struct value or class instance.
    fileprivate mutating func store(_ v: Value, at i: Int) {
        switch self {
        case .structure(var s):
            self = .void
            s.fields[i] = v
            self = .structure(s)
        case .instance(let o): o.fields[i] = v
        default: break
        }
    }
}
