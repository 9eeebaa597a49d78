import SwiftSyntax

/// Variables declared with accessors outside a type, at the top level or in a function, as Swift
/// has them: a stored variable with observers (`var best = Double.infinity { didSet { … } }`),
/// which run on every change (an assignment, a compound one, a mutating method, an `inout`
/// argument written back) but not when the variable is initialised, and a computed variable
/// (`var ratio: Double { … }`, or with `get` and `set`).
///
/// The accessors are compiled as a type's are (`compileBody`, with `observing` for an observer),
/// as functions nested in the one declaring the variable, and called with its frame; at the top
/// level they compile with the block's function bodies, so they see its globals wherever declared.
/// A name bound to such a variable resolves to `Resolution.accessed`, which the fast paths of plain
/// variables never take, so those keep their speed.
extension Compiler {
    /// swiftc's errors for the accessors (see `accessors(_:)`) that `binding` of `v` declares.
    func checkAccessors(_ accessors: [String: AccessorDeclSyntax?], of binding: PatternBindingSyntax, in v: VariableDeclSyntax) throws {
        guard let block = binding.accessorBlock else { return }
        let keyword = v.bindingSpecifier.text
        if v.bindings.count > 1 {
            throw error(v, "'\(keyword)' declarations with multiple variables cannot have explicit getters/setters")
        }
        guard binding.pattern.is(IdentifierPatternSyntax.self) else {
            throw error(binding.pattern, "getter/setter can only be defined for a single variable")
        }
        let computed = Self.isComputed(accessors)
        guard v.bindingSpecifier.tokenKind == .keyword(.var) else {
            throw error(block.leftBrace, "'let' declarations cannot be \(computed ? "computed" : "observing") properties")
        }
        let list: [AccessorDeclSyntax] = if case .accessors(let list) = block.accessors { Array(list) } else { [] }
        for accessor in list {
            let kind = accessor.accessorSpecifier.text
            guard ["get", "set", "willSet", "didSet"].contains(kind) else { throw unsupported(accessor, "'\(kind)' accessors") }
            if accessor.body == nil {
                let what = ["get": "getter", "set": "setter"][kind] ?? "'\(kind)'"
                throw InterpreterError(message: "expected '{' to start \(what) definition", at: expected(after: accessor))
            }
            if kind == "set", accessors["get"] == nil { throw error(accessor, "variable with a setter must also have a getter") }
            if !computed, ["willSet", "didSet"].contains(kind), accessors["get"] != nil || accessors["set"] != nil {
                throw error(accessor, "'\(kind)' cannot be provided together with a \(accessors["get"] != nil ? "getter" : "setter")")
            }
        }
        guard computed else { return }
        if binding.typeAnnotation == nil { throw error(binding.pattern, "computed property must have an explicit type") }
        if let initial = binding.initializer { throw error(initial.value, "variable with getter/setter cannot have an initial value") }
    }

    /// Where swiftc reports what it expected after `node`: at the next token when it is on the
    /// same line, else just past `node`.
    private func expected(after node: some SyntaxProtocol) -> SourcePoint {
        let end = converter.location(for: node.endPositionBeforeTrailingTrivia)
        if let next = node.nextToken(viewMode: .sourceAccurate), at(next).line == end.line { return at(next) }
        return SourcePoint(line: end.line, column: end.column)
    }

    /// Declares the computed variable `binding` (its `accessors` checked by `checkAccessors`) and
    /// compiles its getter and setter.
    func declareComputedVariable(_ binding: PatternBindingSyntax, _ accessors: [String: AccessorDeclSyntax?]) throws {
        guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text, let annotation = binding.typeAnnotation,
              let block = binding.accessorBlock else { return }
        let type = try resolveType(annotation.type)
        var declared = declare(name, type, mutable: true)
        declared.accessors = VariableAccessors(getter: FunctionCode(name: name, parameterCount: 0),
                                               setter: accessors["set"].map { _ in FunctionCode(name: name, parameterCount: 1) })
        scope.bindings[name] = declared
        try compileAccessors(block, of: name, type, into: declared.accessors!)
    }

    /// `b`, the stored variable `name` just declared, with the observers (see `VariableAccessors`)
    /// that `binding` declares, `accessors` (checked by `checkAccessors`), compiled; `b` itself
    /// when it declares none.
    func observed(_ b: Binding, _ name: String, _ accessors: [String: AccessorDeclSyntax?]?, of binding: PatternBindingSyntax) throws -> Binding {
        guard let accessors, let block = binding.accessorBlock else { return b }
        var observed = b
        observed.accessors = VariableAccessors(willSet: accessors["willSet"].map { _ in FunctionCode(name: "willSet", parameterCount: 1) },
                                               didSet: accessors["didSet"].map { _ in FunctionCode(name: "didSet", parameterCount: 1) })
        scope.bindings[name] = observed
        try compileAccessors(block, of: name, b.type, into: observed.accessors!)
        return observed
    }

    /// Compiles the bodies of the accessors `block` declares for the variable `name` of type
    /// `type` into the functions of `accessors`: at once in a function, with the block's function
    /// bodies at the top level (see `compileBody(of:_:)`).
    private func compileAccessors(_ block: AccessorBlockSyntax, of name: String, _ type: SType, into accessors: VariableAccessors) throws {
        try compileBody(of: block) {
            let list: AccessorDeclListSyntax
            switch block.accessors {
            case .getter(let items):
                if let getter = accessors.getter { try self.compileBody(getter, [], result: type, body: items, selfType: nil, mutating: false) }
                return
            case .accessors(let accessorList): list = accessorList
            }
            for accessor in list {
                guard let body = accessor.body?.statements else { continue }
                let parameters = [self.accessorParameter(accessor, type)]
                switch accessor.accessorSpecifier.tokenKind {
                case .keyword(.get):
                    guard let getter = accessors.getter else { continue }
                    try self.compileBody(getter, [], result: type, body: body, selfType: nil, mutating: false)
                case .keyword(.set):
                    guard let setter = accessors.setter else { continue }
                    try self.compileBody(setter, parameters, result: .void, body: body, selfType: nil, mutating: false)
                case .keyword(.willSet), .keyword(.didSet):
                    let isWillSet = accessor.accessorSpecifier.tokenKind == .keyword(.willSet)
                    guard let observer = isWillSet ? accessors.willSet : accessors.didSet else { continue }
                    try self.compileBody(observer, parameters, result: .void, body: body, selfType: nil, mutating: false, observing: name)
                default: continue
                }
            }
        }
    }

    /// The value of the variable `b` (see `Resolution.accessed`): its getter's, or what it stores.
    func accessedValue(_ b: Binding, _ node: some SyntaxProtocol) -> Typed {
        guard let getter = b.accessors?.getter else { return Typed(type: b.type, code: read(b)) }
        let get = accessorCall(getter, of: b, at(node))
        return Typed(type: b.type) { f in try get(f, nil) }
    }

    /// The variable `b` named `name` at `node` (see `Resolution.accessed`) as an assignable
    /// location. A computed one is read with its getter and written with its setter (only written,
    /// by `=`); a stored one calls its `willSet` with the new value, stores it, then calls its
    /// `didSet` with the old one, once for each change however made, as `fieldPlace` does for a
    /// property, except in its own observers, where it is stored alone, as in Swift.
    func accessedPlace(_ b: Binding, _ name: String, _ node: some SyntaxProtocol) throws -> LValue {
        let (accessors, at) = (b.accessors ?? VariableAccessors(), self.at(node))
        if let getter = accessors.getter {
            guard let setter = accessors.setter else { throw error(node, "cannot assign to value: '\(name)' is a get-only property") }
            let (get, set) = (accessorCall(getter, of: b, at), accessorCall(setter, of: b, at))
            var place = LValue(type: b.type) { f, body in
                var value = try get(f, nil)
                let thrown = try LValue.change(&value, by: body)
                _ = try set(f, value)
                if let thrown { throw thrown }
            }
            place.assign = { f, value in _ = try set(f, value) }
            place.callsAccessors = true
            return place
        }
        if function.owner.observing == name, function.owner.parent === b.owner { return storage(of: b) }
        let slot = place(of: b)
        let willSet = accessors.willSet.map { accessorCall($0, of: b, at) }, didSet = accessors.didSet.map { accessorCall($0, of: b, at) }
        return LValue(type: b.type) { f, body in
            let old = slot.address(in: f).pointee
            var new = old
            let thrown = try LValue.change(&new, by: body)
            _ = try willSet?(f, new)
            slot.address(in: f).pointee = new
            _ = try didSet?(f, old)
            if let thrown { throw thrown }
        }
    }

    /// Code calling `code`, an accessor of the variable `b`, with an argument or none, seen from
    /// the function being compiled: its frame's parent is the frame of the function declaring `b`
    /// (none at the top level, whose variables are reached without one).
    private func accessorCall(_ code: FunctionCode, of b: Binding, _ at: SourcePoint) -> (Frame, Value?) throws -> Value {
        let runtime = self.runtime
        let depth = b.owner.isGlobal ? nil : depth(of: b.owner)
        return { f, argument in
            let frame = runtime.frame(for: code, parent: depth.map { f.outer($0) })
            if let argument { frame.slots[0] = argument }
            return try runtime.call(code, in: frame, at)
        }
    }
}
