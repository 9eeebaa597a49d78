import SwiftSyntax

/// Functions, operators, initialisers and key paths used as values: `xs.map(abs)`,
/// `xs.reduce(0, +)`, `zip(a, b).map(*)`, `xs.map(String.init)`, `ps.map(\.n)`, `\P.n`.
///
/// Swift resolves such a reference against the function type its context expects; here it
/// becomes the closure Swift's reference stands for (`{ abs($0) }`, `{ $0 + $1 }`, `{ $0.n }`),
/// compiled with that context, so overloads and generic functions resolve as in a call.
extension Compiler {
    /// Compiles `e` as a function value of a type with `parameters`, when it is a reference that
    /// only context can resolve: an operator, a built-in or overloaded function, an initialiser
    /// or a key path. Nil for other expressions, and for names of variables and note functions
    /// whose type is known on their own.
    func functionReference(_ e: ExprSyntax, parameters: [SType], result: SType?) throws -> Typed? {
        // A function of one tuple takes the tuple's elements as its arguments: `zip(a, b).map(*)`.
        var arity = parameters.count
        if arity == 1, case .tuple(let elements, _) = parameters[0] { arity = elements.count }
        // The arguments of the call the reference stands for, labelled as its name says
        // (`square(of:)`, `Phase.init(step:)`).
        var arguments = (0..<arity).map { "$\($0)" }
        let labels = e.as(DeclReferenceExprSyntax.self)?.argumentNames ?? e.as(MemberAccessExprSyntax.self)?.declName.argumentNames
        if let labels {
            guard labels.arguments.count == arity else { return nil }
            arguments = zip(labels.arguments, arguments).map { label, argument in
                label.name.tokenKind == .wildcard ? argument : "\(label.name.text): \(argument)"
            }
        }
        let text: String, anchor: Int
        // (Whether the reference may name no method the arguments fit, for other meanings to try.)
        var tentative = false
        if let r = e.as(DeclReferenceExprSyntax.self) {
            let name = r.baseName.text
            if case .binaryOperator = r.baseName.tokenKind {
                guard arity == 2 else { return nil }
                (text, anchor) = ("{ $0 \(name) $1 }", 5)
            } else {
                if r.argumentNames == nil, let r = resolve(name) {
                    // A function of as many parameters as a tuple argument has elements takes them
                    // one by one too (`pairs.map(label)` for `label(_: Int, _: Double)`).
                    let splats = arity > parameters.count && { if case .binding(let b) = r { b.signature?.parameters.count == arity } else { false } }()
                    // A method of `self` named alone (`(0..<n).map(rate)`) is called on `self`.
                    let isMethod = { if case .method(_, let m, _) = r { !m.isMutating } else { false } }()
                    guard isMethod || { if case .binding(let b) = r { b.generic != nil || b.isOverloaded || splats } else { false } }()
                    else { return nil }
                }
                (text, anchor) = ("{ \(name)(\(arguments.joined(separator: ", "))) }", 2)
            }
        } else if let m = e.as(MemberAccessExprSyntax.self), let base = m.base, m.declName.baseName.text == "init",
                  namedType(base) != nil || typeName(base) != nil {
            // `String.init` of a floating-point number or a string matches several of `String`'s
            // initialisers (`init(_:)`, `init(describing:)`, …), and swiftc finds no best one.
            if base.trimmedDescription == "String", parameters.count == 1,
               parameters[0].isExactly(.string) || parameters[0].isExactly(.double) || isFloat(parameters[0]) {
                throw error(m.declName, "ambiguous use of 'init'")
            }
            (text, anchor) = ("{ \(base.trimmedDescription)(\(arguments.joined(separator: ", "))) }", 2)
        } else if let m = e.as(MemberAccessExprSyntax.self), let base = m.base?.as(DeclReferenceExprSyntax.self),
                  libraryModule(named: base.baseName.text) != nil {
            // A library's function named by its module (`zip(a, b).map(Swift.min)`): its call.
            (text, anchor) = ("{ \(base.baseName.text).\(m.declName.baseName.text)(\(arguments.joined(separator: ", "))) }", 2)
        } else if let m = e.as(MemberAccessExprSyntax.self), m.declName.argumentNames != nil, let base = m.base?.as(DeclReferenceExprSyntax.self),
                  case .binding(let b)? = resolve(base.baseName.text), case .native = b.type {
            // A method of an Optim value by its labels: `schedule.learningRate(at:)`; a throwing
            // one's closure tries it (`let f: (Vector) throws -> Double = r.value(at:)`).
            let written = m.declName.argumentNames?.arguments.map { $0.name.tokenKind == .wildcard ? nil : $0.name.text }
            let throwing = nativeType(of: b.type)?.methods[m.declName.baseName.text]?.contains {
                $0.throwing && $0.parameters.map(\.label) == written
            } ?? false
            let call = "\(base.baseName.text).\(m.declName.baseName.text)(\(arguments.joined(separator: ", ")))"
            (text, anchor) = throwing ? ("{ try \(call) }", 6) : ("{ \(call) }", 2)
        } else if let m = e.as(MemberAccessExprSyntax.self), m.declName.argumentNames == nil, let base = m.base?.as(DeclReferenceExprSyntax.self),
                  case .binding(let b)? = resolve(base.baseName.text), !b.isMutable || e.parent?.is(LabeledExprSyntax.self) == true,
                  !{ if case .structure = b.type { true } else { false } }(),
                  !{ if case .function? = (try? member(m, expected: nil))?.type { true } else { false } }() {
            // A standard or Optim value's method as a function (`xs.filter(active.contains)`; `v.norm`
            // is `Vector`'s `norm(_:)` here, not its property). The closure reads the value when
            // called, which is the value Swift binds for a constant, or for an argument used at once.
            (text, anchor, tentative) = ("{ \(base.baseName.text).\(m.declName.baseName.text)(\(arguments.joined(separator: ", "))) }", 2, true)
        } else if let k = e.as(KeyPathExprSyntax.self) {
            // A key path reads a member of its one argument, a tuple's too: `dictionary.map(\.key)`.
            guard parameters.count == 1 else { return nil }
            (text, anchor) = ("{ (root) in root\(try keyPathComponents(k)) }", 13)
        } else {
            return nil
        }
        guard let c = synthesized(text, anchor: anchor, at: e).as(ClosureExprSyntax.self) else { return nil }
        if tentative { return try? closure(c, parameters: parameters, result: result) }
        guard let k = e.as(KeyPathExprSyntax.self) else { return try closure(c, parameters: parameters, result: result) }
        return try reportingAt(k) { try closure(c, parameters: parameters, result: result) }
    }

    /// Runs `body`, which compiles code made for the key path `k`, reporting its errors at the
    /// key path's backslash, as swiftc does.
    private func reportingAt(_ k: KeyPathExprSyntax, _ body: () throws -> Typed) throws -> Typed {
        do {
            return try body()
        } catch let failure as InterpreterError {
            throw InterpreterError(message: failure.message, at: at(k))
        }
    }

    /// Compiles a key path literal used as a value, `\P.n`: a function from its root to the
    /// property, which `p[keyPath: k]` applies. A key path without a root (`\.n`) needs a
    /// function type from context.
    func keyPath(_ k: KeyPathExprSyntax, expected: SType?) throws -> Typed {
        let reader: Typed, rootType: SType
        if case .function(let ps, let r, _)? = expected, ps.count == 1, let typed = try functionReference(ExprSyntax(k), parameters: ps, result: r) {
            (reader, rootType) = (typed, ps[0])
        } else {
            guard let root = k.root else { throw error(k, "cannot infer key path type from context; consider explicitly specifying a root type") }
            rootType = try resolveType(root)
            guard let c = synthesized("{ (root: \(root.trimmedDescription)) in root\(try keyPathComponents(k)) }", anchor: 2, at: k)
                .as(ClosureExprSyntax.self) else {
                throw unsupported(k, "this key path")
            }
            reader = try reportingAt(k) { try closure(c, parameters: [rootType], result: nil) }
        }
        // A path through stored properties is writable: a second function writes through it.
        guard isWritable(k, root: rootType), case .function(_, let valueType, _) = reader.type,
              let w = synthesized("{ (root: \(rootType), value: \(valueType)) -> \(rootType) in var root = root; root\(try keyPathComponents(k)) = value; return root }",
                                  anchor: 2, at: k).as(ClosureExprSyntax.self),
              let writer = try? closure(w, parameters: [rootType, valueType], result: rootType) else { return reader }
        let (read, write) = (reader.code, writer.code)
        return Typed(type: reader.type) { f in
            guard case .function(let r) = try read(f), case .function(let w) = try write(f) else { return .void }
            return .function(Callable(keyPath: r, writer: w))
        }
    }

    /// Whether the key path `k` from `root` names only stored properties declared with `var`
    /// (a `WritableKeyPath`), not a `let` or a computed property without a setter.
    private func isWritable(_ k: KeyPathExprSyntax, root: SType) -> Bool {
        var type = root
        for component in k.components {
            guard case .property(let p) = component.component, case .structure(let t) = type else { return false }
            let name = p.declName.baseName.text
            if let i = t.fieldIndex(name), !t.fields[i].isLet {
                type = t.fields[i].type
            } else if let getter = t.computed[name], t.setters[name] != nil {
                type = getter.signature.result
            } else {
                return false
            }
        }
        return true
    }

    /// The components of a key path as a member access chain: `.name.count`.
    func keyPathComponents(_ k: KeyPathExprSyntax) throws -> String {
        try k.components.map { component in
            guard case .property(let p) = component.component else { throw unsupported(component, "key paths with subscripts or optional chaining") }
            return "." + p.declName.baseName.text
        }.joined()
    }

    /// Parses `text` as one expression placed so that its character at offset `anchor` lies where
    /// `node` starts: errors found while compiling it then point into the block at `node`.
    func synthesized(_ text: String, anchor: Int, at node: some SyntaxProtocol) -> ExprSyntax {
        let padding = max(0, node.positionAfterSkippingLeadingTrivia.utf8Offset - anchor)
        let tree = Parsing.tree(String(repeating: " ", count: padding) + text)
        guard case .expr(let e)? = tree.statements.first?.item else { return ExprSyntax(MissingExprSyntax()) }
        return e
    }
}

extension Compiler {
    /// Compiles `type(of: x)`: the value's dynamic type (see `Metatype`), which prints as swiftc
    /// prints it (`Int`, `Array<Double>`, `Optional<Int>`, `Stack<Int>`, a subclass's name).
    func typeOf(_ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        guard args.count == 1, args[0].label == "of" else { throw error(c, "'type' takes one argument labelled 'of:'") }
        return try dynamicType(of: try expression(args[0].expression), at: Syntax(args[0].expression))
    }

    /// The dynamic type of `value`, the expression at `node` (see `typeOf`).
    func dynamicType(of value: Typed, at node: Syntax) throws -> Typed {
        // A view of an `ArraySlice`, held as an array, is named here as a view of an array.
        if case .native(let t) = value.type, t.view?.namesItsBases == false {
            throw unsupported(node, "type(of:) of a view of an 'ArraySlice', which weave holds as an array; use 'Array(…)' of the slice")
        }
        let code = value.code
        let identity = value.type.qualifiedName
        var name = value.type.metatypeName
        if value.isArraySlice, name.hasPrefix("Array<") { name = "ArraySlice" + name.dropFirst("Array".count) }
        let qualified = value.isArraySlice ? nil : value.type.qualifiedTypeName
        func metatype(printsNested: Bool, _ dynamic: @escaping (Value) throws -> Metatype) -> Typed {
            let type = bindings.metatypeType(of: value.type, printsNested: printsNested)
            return Typed(type: .native(type)) { f in type.box(try dynamic(try code(f))) }
        }
        switch value.type {
        case .any:
            // Any type at all may be inside: Swift's text for it nested is not known here.
            let at = self.at(node)
            return metatype(printsNested: false) { v in
                let name = try Self.typeName(ofAny: v, at)
                return Metatype(description: name, qualifiedName: nil, identity: try Self.typeName(ofAny: v, at, qualified: true))
            }
        case .native(let t) where t.isProtocol:
            // An existential (`any LineSearch`): the type of the value inside, as Swift names it.
            return metatype(printsNested: true) { v in
                guard case .object(let o) = v else { return Metatype(description: name, qualifiedName: qualified, identity: identity) }
                if let note = v.dynamicType {
                    return Metatype(description: note.shortName, qualifiedName: note.qualifiedName, identity: note.nestedName, type: note)
                }
                let dynamic = Swift.type(of: o.value)
                return Metatype(description: "\(dynamic)", qualifiedName: String(reflecting: dynamic), identity: String(reflecting: dynamic))
            }
        case .structure(let s):
            // A class's subclasses are the note's classes too, whose qualified names are known.
            return metatype(printsNested: s.qualifiedName != nil) { v in
                guard let dynamic = v.dynamicType else { return Metatype(description: name, qualifiedName: qualified, identity: identity) }
                return Metatype(description: dynamic.shortName, qualifiedName: dynamic.qualifiedName, identity: dynamic.nestedName,
                                type: dynamic)
            }
        case .error:
            return metatype(printsNested: false) { v in
                let dynamic = v.dynamicType
                return Metatype(description: dynamic?.shortName ?? name, qualifiedName: nil, identity: dynamic?.nestedName ?? identity)
            }
        default:
            let printsNested = qualified != nil
            return metatype(printsNested: printsNested) { _ in Metatype(description: name, qualifiedName: qualified, identity: identity) }
        }
    }
}

extension StructType {
    /// The name as Swift prints a metatype: without the types it is nested in, and a generic
    /// type's arguments as Swift names them (`Stack<Array<Int>>`).
    var shortName: String {
        if let (template, arguments) = specialisation {
            return template.shortName + "<" + arguments.map(\.metatypeName).joined(separator: ", ") + ">"
        }
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[name.index(after: dot)...])
    }

    /// The name with its module, as Swift's reflection shows it inside another value
    /// (`main.Point`, `main.Stack<Swift.Int>`); nil for a protocol, a generic type itself, or an
    /// extension of a standard type.
    var qualifiedName: String? {
        guard !isProtocol, generic == nil, builtin == nil else { return nil }
        guard let (template, arguments) = specialisation else { return module + name }
        let names = arguments.compactMap(\.qualifiedTypeName)
        guard names.count == arguments.count else { return nil }
        return module + template.name + "<" + names.joined(separator: ", ") + ">"
    }
}

extension SType {
    /// The type as `print(type(of: x))` shows it: generic types with their arguments in angle brackets.
    var metatypeName: String {
        switch self {
        case .array(let e): "Array<\(e.metatypeName)>"
        case .optional(let w): "Optional<\(w.metatypeName)>"
        case .dictionary(let k, let v): "Dictionary<\(k.metatypeName), \(v.metatypeName)>"
        case .set(let e): "Set<\(e.metatypeName)>"
        case .tuple(let ts, let labels):
            "(" + zip(ts, labels).map { t, l in (l.map { "\($0): " } ?? "") + t.metatypeName }.joined(separator: ", ") + ")"
        case .function(let ps, let r, let effect): "(" + ps.map(\.metatypeName).joined(separator: ", ") + ")\(effect.spelled) -> \(r.metatypeName)"
        // An existential is named by its protocols alone (`Array<Shape>`, `Named & Shape` in
        // alphabetical order), as Swift's runtime names it.
        case .structure(let s) where s.isComposition: s.protocols.map(\.shortName).sorted().joined(separator: " & ")
        case .structure(let s): s.shortName
        case .error: "Error"
        // A metatype is its instance type's `.Type` (`Int.Type`).
        case .native(let t) where t.metatypeOf != nil: "\(t.metatypeOf!.metatypeName).Type"
        // A standard type nested in another is named alone: `String.Index` is `Index`,
        // `Range<String.Index>` is `Range<Index>`.
        case .native(let t): Self.unqualified(t.name)
        default: description
        }
    }

    /// `name` with each dotted path of type names reduced to its last name.
    private static func unqualified(_ name: String) -> String {
        var (out, word) = ("", "")
        for c in name {
            if c == "." {
                word = ""
            } else if c.isLetter || c.isNumber || c == "_" {
                word.append(c)
            } else {
                out += word + String(c)
                word = ""
            }
        }
        return out + word
    }
}

extension Compiler {
    /// Compiles a closure with a capture list (`{ [x, y = a + 1, weak self] in … }`): the listed
    /// values are read when the closure is made, into a frame of their own between the closure
    /// and its context, so later changes of the variables do not reach the closure, as in Swift.
    /// `weak` makes the name optional; a captured class instance stays alive while the closure does.
    func capturing(_ capture: ClosureCaptureClauseSyntax, _ compile: () throws -> Typed) throws -> Typed {
        var initial: [(name: String, type: SType, code: Code)] = []
        for item in capture.items {
            let name = item.name.text
            let value: Typed
            if let e = item.initializer?.value {
                value = try expression(e)
            } else {
                value = try reference(name, Syntax(item.name))
            }
            let specifier = item.specifier?.specifier.text
            if specifier == "weak" {
                guard case .structure(let t) = value.type, t.isClass else {
                    throw error(item, "'weak' may only be applied to class and class-bound protocol types, not '\(value.type)'")
                }
                let code = value.code
                initial.append((name, .optional(value.type), { f in .some(try code(f)) }))
            } else {
                initial.append((name, value.type, value.code))
            }
        }
        let context = FunctionContext(parent: function, returnType: nil)
        let saved = scope
        scope = Scope(parent: saved, function: context)
        defer { scope = saved }
        let slots = initial.map { declare($0.name, $0.type, mutable: false).slot }
        let made = try compile()
        let (make, codes, count) = (made.code, initial.map(\.code), context.slotCount)
        return Typed(type: made.type) { f in
            let frame = Frame(count: count, parent: f)
            for (slot, code) in zip(slots, codes) { frame.slots[slot] = try code(f) }
            return try make(frame)
        }
    }
}

extension Compiler {
    /// Compiles `x.method` (or `x.method(label:)`) used as a value: a function of the method's
    /// parameters (its `signature`) calling it on the value `x` has when the function is made,
    /// throwing if the method does.
    func methodReference(_ base: ExprSyntax, _ signature: Signature, _ m: MemberAccessExprSyntax) throws -> Typed {
        let arguments = signature.parameters.enumerated().map { i, p in (p.label.map { "\($0): " } ?? "") + "$\(i)" }
        let prefix = "{ [receiver = "
        let call = (signature.throwing ? "try " : "") + "receiver.\(m.declName.baseName.text)("
        let text = prefix + base.trimmedDescription + "] in " + call + arguments.joined(separator: ", ") + ") }"
        guard let c = synthesized(text, anchor: prefix.utf8.count, at: base).as(ClosureExprSyntax.self) else {
            throw unsupported(m, "this method reference")
        }
        return try closure(c, parameters: signature.parameters.map(\.type), result: signature.result)
    }
}
