import SwiftSyntax

/// Code applying an in-place change to a storage location.
///
/// Index expressions are evaluated before the access starts and the change itself never
/// runs note code, so the exclusive access to a frame slot is short and safe; arrays and
/// structs are mutated in place, without copies, as Swift does.
typealias Modifier = (Frame, (inout Value) throws -> Void) throws -> Void

/// An assignable location: a variable, or a property, element or tuple member of one.
struct LValue {
    /// The type stored there.
    var type: SType
    /// Changes the stored value in place.
    var modify: Modifier
    /// Whether the location is a range of an array's elements (`xs[1...2]`), an `ArraySlice` in
    /// Swift, which takes a slice or a literal but not an array.
    var isArraySlice = false
    /// For a computed property or a subscript with a setter: storing a value there with `=`, which
    /// calls the setter alone (`modify` reads the old value with the getter first), once `prepare`
    /// has run.
    var assign: ((Frame, Value) throws -> Void)?
    /// Evaluates what names the location — subscript arguments, the instance an expression
    /// gives — into the frame, as Swift does before it evaluates the value stored there (`arr[i]
    /// = f()` takes `i` before calling `f`); `prepared` then changes the location so named. Nil
    /// for a location with nothing to evaluate, or whose parts are evaluated as it is changed.
    var prepare: ((Frame) throws -> Void)?
    /// `modify` of the location named by what `prepare` evaluated; nil when `prepare` is.
    var modifyPrepared: Modifier?
    /// Whether changing the location calls note code to reach it (a computed property's getter, a
    /// subscript's), so that it cannot be looked into without effects.
    var callsAccessors = false

    /// Changes the location after `prepare` (if any) has run.
    var prepared: Modifier { modifyPrepared ?? modify }

    /// A location reached from `base` by `step` (a property, a tuple member, …): prepared as
    /// `base` is.
    static func derived(from base: LValue, type: SType, _ step: @escaping (@escaping Modifier) -> Modifier) -> LValue {
        var place = LValue(type: type, modify: step(base.modify))
        place.callsAccessors = base.callsAccessors
        if let prepare = base.prepare {
            place.prepare = prepare
            place.modifyPrepared = step(base.prepared)
        }
        return place
    }

    /// Runs `prepare`, then gives the value `code` computes, as an assignment evaluates its parts.
    func preparing(_ f: Frame, _ code: Code) throws -> Value {
        try prepare?(f)
        return try code(f)
    }

    /// Changes `value`, a location's, by `body`, for a location whose change ends by calling note
    /// code (observers, a setter): an error of the note's (a Swift `throw`) that `body` throws is
    /// given back rather than thrown, for the caller to end the change as Swift ends the access,
    /// storing the value (calling that code) before the error goes on. Any other error (a trap, the
    /// end of an optional chain looked into) is thrown, and nothing is stored.
    static func change(_ value: inout Value, by body: (inout Value) throws -> Void) throws -> InterpreterError? {
        do { try body(&value) } catch let e as InterpreterError where e.thrown != nil { return e }
        return nil
    }
}

extension Compiler {
    /// Compiles `lhs = rhs` or a compound assignment; the expression has type `()`. Through an
    /// optional chain that is nil (`model?.w = v`), nothing is evaluated past the `?`.
    func assignment(_ op: String, _ lhs: Folded, _ rhs: Folded, _ node: Syntax) throws -> Typed {
        guard case .leaf(let target) = lhs else { throw error(node, "cannot assign to this expression") }
        let typed = try assignment(op, to: target, rhs, node)
        guard target.is(OptionalChainingExprSyntax.self) || Self.hasChainingMark(target) else { return typed }
        let code = typed.code
        return Typed(type: .void) { f in
            do { return try code(f) } catch is ChainShortCircuit { return .void }
        }
    }

    private func assignment(_ op: String, to target: ExprSyntax, _ rhs: Folded, _ node: Syntax) throws -> Typed {
        // `x = x` of a variable, or `p.x = p.x`.
        if op == "=", case .leaf(let value) = rhs, value.trimmedDescription == target.trimmedDescription,
           target.is(DeclReferenceExprSyntax.self) || target.as(MemberAccessExprSyntax.self)?.base?.is(DeclReferenceExprSyntax.self) == true {
            throw error(node, "assigning \(target.is(DeclReferenceExprSyntax.self) ? "a variable" : "a property") to itself")
        }
        if op == "=" {
            if target.is(DiscardAssignmentExprSyntax.self) {
                let code = try folded(rhs, expected: nil).code
                return Typed(type: .void) { f in
                    _ = try code(f)
                    return .void
                }
            }
            if let t = target.as(TupleExprSyntax.self), t.elements.count > 1 {
                // `_` takes its part of the value and drops it: `(a, _) = pair`.
                let places = try t.elements.map { $0.expression.is(DiscardAssignmentExprSyntax.self) ? nil : try lvalue($0.expression) }
                let labels = places.map { _ in String?.none }
                let value: Typed
                if places.contains(where: { $0 == nil }) {
                    // Each part of a tuple literal as its place's type; another value as it is.
                    if let literal = rhs.leaf?.as(TupleExprSyntax.self), literal.elements.count == places.count {
                        let parts = try zip(places, literal.elements).map { place, e in
                            try place.map { try expression(e.expression, as: $0.type) } ?? expression(e.expression).code
                        }
                        value = Typed(type: .void) { f in .tuple(TupleValue(elements: try parts.map { try $0(f) }, labels: labels)) }
                    } else {
                        value = try folded(rhs, expected: nil)
                        guard case .tuple(let types, _) = value.type, types.count == places.count,
                              zip(places, types).allSatisfy({ place, type in place.map { type.conforms(to: $0.type) } ?? true }) else {
                            throw error(node, "cannot assign value of type '\(value.type)' to this tuple")
                        }
                    }
                } else {
                    let type = SType.tuple(places.map { $0!.type }, labels: labels)
                    value = try folded(rhs, expected: type)
                    try require(value.type, type, node)
                }
                let code = value.code
                return Typed(type: .void) { f in
                    guard case .tuple(let t) = try code(f) else { return .void }
                    for (place, v) in zip(places, t.elements) { try place?.modify(f) { $0 = v } }
                    return .void
                }
            }
        }
        // Swift evaluates the value only when an optional chain on the left is not nil; where the
        // chain cannot be looked into first, only a value without effects is stored through it.
        let saved = (optionalChainPlaces, initializing, assigning)
        (optionalChainPlaces, initializing, assigning) = (hasNoEffects(rhs), op == "=", true)
        defer { (optionalChainPlaces, initializing, assigning) = saved }
        let place: LValue
        do { place = try lvalue(target) } catch let e as InterpreterError { throw immutableTarget(e, target, compound: op == "=" ? nil : node) }
        (optionalChainPlaces, initializing, assigning) = saved
        if let fast = try elementAssignment(op, target, rhs, node) { return fast }
        var value = try rhs.leaf.map { e in try escaping(e, as: .assigned(at: at(node))) { try folded(rhs, expected: place.type) } } ?? folded(rhs, expected: place.type)
        // swiftc reports a throwing function assigned to a non-throwing one at the `=`.
        if op == "=" { try refuseThrowingConversion(value.type, to: place.type, node) }
        if let number = try numberLiteral(value, to: place.type, rhs.node ?? node) { value = Typed(type: place.type, code: number) }
        if op != "=", let declared = try declaredCompoundAssignment(op, place, rhs, value, node) { return declared }
        if op != "=", let operation = try linearAlgebraCompound(String(op.dropLast()), place.type, value.type, node) {
            let (code, modify) = (value.code, place.prepared)
            return Typed(type: .void) { f in
                let v = try place.preparing(f, code)
                try modify(f) { $0 = try operation($0, v) }
                return .void
            }
        }
        if let fast = try localAssignment(op, target, value, rhs.node ?? node, node) { return fast }
        if op == "=" {
            if place.isArraySlice, !value.isArraySlice, !(rhs.node?.is(ArrayExprSyntax.self) ?? false) {
                throw error(rhs.node ?? node, "cannot assign value of type '\(value.type)' to subscript of type 'ArraySlice<\(place.type.elementType ?? value.type)>'")
            }
            let code = try coerce(value, to: place.type, rhs.node ?? node, role: "assigned type")
            if let assign = place.assign {
                return Typed(type: .void) { f in
                    try assign(f, try place.preparing(f, code))
                    return .void
                }
            }
            let modify = place.prepared
            return Typed(type: .void) { f in
                let v = try place.preparing(f, code)
                try modify(f) { $0 = v }
                return .void
            }
        }
        // `counts["adam"] += 1` on a dictionary's optional value: swiftc asks to unwrap it.
        if case .optional(let wrapped) = place.type, !value.type.isOptional, value.type.conforms(to: wrapped) {
            throw mustBeUnwrapped(place.type, wrapped, Syntax(target))
        }
        try requireCompoundOperand(op, value.type, place.type, rhs.node ?? node)
        let operation = try compoundOperation(String(op.dropLast()), place.type, node)
        let (code, modify) = (value.code, place.prepared)
        return Typed(type: .void) { f in
            let v = try place.preparing(f, code)
            try modify(f) { $0 = try operation($0, v) }
            return .void
        }
    }

    /// `e`, `lvalue`'s error for `target`, said as swiftc says it when the location may not be
    /// changed: at the operator `op` of a compound assignment ("left side of mutating operator isn't
    /// mutable: 'x' is a 'let' constant"), or, when `target` is a property or an element of a
    /// variable that may not be changed, of that property or subscript ("cannot assign to property:
    /// 'p' is a get-only property", "cannot assign through subscript: 'xs' is a 'let' constant").
    private func immutableTarget(_ e: InterpreterError, _ target: ExprSyntax, compound op: Syntax?) -> InterpreterError {
        let (value, property) = ("cannot assign to value: ", "cannot assign to property: ")
        if let op, let prefix = [value, property].first(where: { e.message.hasPrefix($0) }) {
            return error(op, "left side of mutating operator isn't mutable: " + e.message.dropFirst(prefix.count))
        }
        // `rows[r][c] = 1` in a method that is not `mutating`.
        if e.message == property + "'self' is immutable", let s = target.as(SubscriptCallExprSyntax.self) {
            return error(s.leftSquare, "cannot assign through subscript: 'self' is immutable")
        }
        guard e.message.hasPrefix(value) else { return e }
        let reason = e.message.dropFirst(value.count)
        if let m = target.as(MemberAccessExprSyntax.self) { return error(m.declName, property + reason) }
        if let s = target.as(SubscriptCallExprSyntax.self) { return error(s.leftSquare, "cannot assign through subscript: " + reason) }
        return e
    }

    /// Assignment to a variable of the current function's frame or of the note's top level,
    /// without the generic modifier chain: the commonest statement in numeric loops.
    private func localAssignment(_ op: String, _ target: ExprSyntax, _ value: Typed, _ valueNode: Syntax,
                                 _ node: Syntax) throws -> Typed? {
        guard let r = target.as(DeclReferenceExprSyntax.self), case .binding(let b)? = resolve(r.baseName.text),
              b.owner.isGlobal || depth(of: b.owner) == 0 else { return nil }
        let i = b.slot
        let global = b.owner.isGlobal ? globals : nil
        if op == "=" {
            let code = try coerce(value, to: b.type, valueNode, role: "assigned type")
            switch (b.type, value.type) {
            case (.double, .double), (.int, .int): return Typed(statement: store(value, into: place(of: b)))
            default: return Typed(statement: store(Typed(type: b.type, code: code), into: place(of: b)))
            }
        }
        if case .optional(let wrapped) = b.type, !value.type.isOptional, value.type.conforms(to: wrapped) {
            throw mustBeUnwrapped(b.type, wrapped, Syntax(target))
        }
        try requireCompoundOperand(op, value.type, b.type, valueNode)
        let code = value.code
        if case .double = b.type, ["+=", "-=", "*=", "/="].contains(op) {
            let operation: (Double, Double) -> Double
            switch op {
            case "+=": operation = { $0 + $1 }
            case "-=": operation = { $0 - $1 }
            case "*=": operation = { $0 * $1 }
            default: operation = { $0 / $1 }
            }
            let y = value.double
            return Typed(type: .void) { f in
                let v = try y(f)
                guard case .double(let x) = (global ?? f).slots[i] else { return .void }
                (global ?? f).slots[i] = .double(operation(x, v))
                return .void
            }
        }
        let operation = try compoundOperation(String(op.dropLast()), b.type, node)
        return Typed(type: .void) { f in
            let y = try code(f)
            (global ?? f).slots[i] = try operation((global ?? f).slots[i], y)
            return .void
        }
    }

    /// `xs[i] = v` or `xs[i] op= v` for a `[Double]` or `Vector` variable: the element is
    /// updated in place in the variable's slot, with the number unboxed.
    private func elementAssignment(_ op: String, _ target: ExprSyntax, _ rhs: Folded, _ node: Syntax) throws -> Typed? {
        guard let s = target.as(SubscriptCallExprSyntax.self), s.arguments.count == 1, s.arguments.first!.label == nil,
              let place = slotPlace(s.calledExpression), ["=", "+=", "-=", "*=", "/="].contains(op) else { return nil }
        try refuseSliceIndices(isSliceVariable(s.calledExpression, withOffsetIndices: true), "a subscript", s)
        let base = try changedBase(s.calledExpression)
        switch base.type {
        case .array(.double), .vector: break
        default: return nil
        }
        let indexExpression = s.arguments.first!.expression
        if try rangePositions(indexExpression, at(s)) != nil { return nil }
        let index = try expression(indexExpression, expected: .int)
        try require(index.type, .int, indexExpression)
        let value = try folded(rhs, expected: .double)
        try require(value.type, .double, rhs.node ?? node)
        return doubleElementAssignment(op, of: place, at: index.intOperand, value.doubleOperand, self.at(s))
    }

    /// Compiles the receiver of a mutating method call (or of a mutating getter: `kind` is
    /// `getter`), which must be assignable; a constant gets Swift's message for this case.
    func mutatingReceiver(_ e: ExprSyntax, of kind: String = "member") throws -> LValue {
        let assign = "cannot assign to value: "
        // (Or a property of `self` in a method that is not `mutating`: `basis.append(c)`.)
        let immutableSelf = "cannot assign to property: 'self' is immutable"
        // A property whose setter is private to its type cannot change from outside (`a.log.append(1)`).
        let inaccessible = "cannot assign to property: "
        let saved = assigning
        assigning = true
        defer { assigning = saved }
        do {
            return try lvalue(e)
        } catch let error as InterpreterError where error.message.hasPrefix(assign) || error.message == immutableSelf
                    || error.message.hasPrefix(inaccessible) && error.message.hasSuffix("setter is inaccessible") {
            let reason = error.message == immutableSelf ? "'self' is immutable"
                : error.message.dropFirst(error.message.hasPrefix(assign) ? assign.count : inaccessible.count)
            throw InterpreterError(message: "cannot use mutating \(kind) on immutable value: " + reason, at: error.at)
        } catch let failure as InterpreterError where e.is(ArrayExprSyntax.self) || e.is(DictionaryExprSyntax.self) {
            // `[1, 2].append(3)`: a literal is an immutable value.
            guard let type = try? expression(e).type else { throw failure }
            throw error(e, "cannot use mutating \(kind) on immutable value of type '\(type)'")
        }
    }

    /// What `base.name = …` or `base[i] = …` changes through: `base` as an assignable location;
    /// or, where it holds a class instance (or a value of a class-bound protocol), read, but for a
    /// plain variable, where reading and changing are one: a change through the reference leaves
    /// `base` as it is, so its observers and setter do not run, as in Swift, and it may be a constant.
    private func changedBase(_ base: ExprSyntax) throws -> LValue {
        let place: LValue
        do { place = try lvalue(base) } catch { return try referenceBase(base, else: error) }
        guard case .structure(let t) = place.type, t.isReferenceBound, slotPlace(base) == nil else { return place }
        return try referenceBase(base, else: error(base, "cannot assign to this expression"))
    }

    /// Compiles an assignable expression.
    func lvalue(_ e: ExprSyntax) throws -> LValue {
        if let r = e.as(DeclReferenceExprSyntax.self) {
            let name = r.baseName.text
            switch resolve(name) {
            case .binding(let b)?:
                guard b.isMutable || (b.initializedLater && initializing) else {
                    if name == "self" { throw error(r, "cannot assign to value: 'self' is immutable") }
                    throw error(r, "cannot assign to value: '\(name)' is a 'let' constant")
                }
                try refuseEscapingCapture(of: b, name)
                return storage(of: b)
            case .accessed(let b)?:
                return try accessedPlace(b, name, r)
            case .field(let type, let i, let selfBinding)?:
                try requireExplicitSelf(name, isMethod: false, selfBinding, r)
                guard selfBinding.isMutable || type.isClass else {
                    throw error(r, "cannot assign to property: 'self' is immutable")
                }
                if type.fields[i].isLet, !function.owner.isInitializer {
                    throw error(r, "cannot assign to property: '\(name)' is a 'let' constant")
                }
                try refuseEscapingCapture(of: selfBinding, "self")
                let base = storage(of: selfBinding)
                return fieldPlace(base, type, i, at(r))
            case .computed(let type, let getter, let selfBinding)? where type.setter(name) != nil:
                try requireExplicitSelf(name, isMethod: false, selfBinding, r)
                guard selfBinding.isMutable || type.isReferenceBound else { throw error(r, "cannot assign to property: 'self' is immutable") }
                let base = storage(of: selfBinding)
                return computedPlace(base, getter: getter, setter: type.setter(name)!, at(r))
            case .computed?, .method?:
                throw error(r, "cannot assign to '\(name)'")
            case nil:
                if let t = staticSelf(), let place = try staticPlace(t, name, r) { return place }
                // Inside an extension of a standard or Optim type, a property of `self` that
                // `implicitSelfMember` reads (`lr *= f` in `extension Adam`).
                if (try? implicitSelfMember(ExprSyntax(r), expected: nil)) != nil,
                   let member = synthesized("self." + name, anchor: 5, at: r).as(MemberAccessExprSyntax.self) {
                    return try lvalue(ExprSyntax(member))
                }
                throw unknownName(name, r)
            }
        }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1 { return try lvalue(t.elements.first!.expression) }
        if let m = e.as(MemberAccessExprSyntax.self), let baseExpr = m.base {
            if let t = declaredType(baseExpr) {
                try checkAccess(to: m.declName.baseName.text, of: t, setting: assigning, m.declName)
                if let place = try staticPlace(t, m.declName.baseName.text, m.declName) { return place }
            }
            let base = try changedBase(baseExpr)
            let name = m.declName.baseName.text
            switch base.type {
            case .structure(let s):
                try checkAccess(to: name, of: s, setting: assigning, m.declName)
                if let getter = s.property(name), let setter = s.setter(name) {
                    return computedPlace(base, getter: getter, setter: setter, at(m.declName))
                }
                guard let i = s.fieldIndex(name) else {
                    if s.computed[name] != nil { throw error(m.declName, "cannot assign to property: '\(name)' is a get-only property") }
                    throw error(m.declName, suggesting("value of type '\(s.name)' has no member '\(name)'", name, among: s.memberNames))
                }
                let initializing = function.owner.isInitializer && baseExpr.as(DeclReferenceExprSyntax.self)?.baseName.text == "self"
                if s.fields[i].isLet, !initializing {
                    throw error(m.declName, "cannot assign to property: '\(name)' is a 'let' constant")
                }
                return fieldPlace(base, s, i, at(m.declName))
            case .tuple(let types, let labels):
                guard let i = Int(name) ?? labels.firstIndex(of: name), i < types.count else {
                    throw error(m.declName, "value of tuple type '\(base.type)' has no member '\(name)'")
                }
                return .derived(from: base, type: types[i]) { modify in
                    { f, body in
                        try modify(f) { v in
                            guard case .tuple(var t) = v else { return }
                            v = .void
                            defer { v = .tuple(t) }
                            try body(&t.elements[i])
                        }
                    }
                }
            // A settable property of an Optim value (`adam.lr = 0.1`), its own or its protocol's.
            case .native(let t):
                guard let get = t.properties[name]?.get,
                      let set = t.setters[name] ?? t.protocols.sorted().lazy.compactMap({ self.bindings.types[$0]?.setters[name] }).first else {
                    throw error(m.declName, "cannot assign to property '\(name)' of a value of type '\(base.type)'")
                }
                return .derived(from: base, type: t.properties[name]!.type) { modify in
                    { f, body in
                        try modify(f) { v in
                            var property = get(v)
                            try body(&property)
                            v = set(v, property)
                        }
                    }
                }
            default:
                throw error(m.declName, "cannot assign to property '\(name)' of a value of type '\(base.type)'")
            }
        }
        if let s = e.as(SubscriptCallExprSyntax.self) { return try subscriptPlace(s) }
        if let u = e.as(ForceUnwrapExprSyntax.self) {
            let base = try lvalue(u.expression)
            guard case .optional(let wrapped) = base.type else {
                throw error(u, "cannot force unwrap value of non-optional type '\(base.type)'")
            }
            let at = self.at(u.exclamationMark)
            return .derived(from: base, type: wrapped) { modify in
                { f, body in
                    try modify(f) { v in
                        guard case .some(var inner) = v else {
                            throw InterpreterError(message: "unexpectedly found nil while unwrapping an Optional value", at: at)
                        }
                        try body(&inner)
                        v = .some(inner)
                    }
                }
            }
        }
        if let o = e.as(OptionalChainingExprSyntax.self) {
            let base = try lvalue(o.expression)
            guard case .optional(let wrapped) = base.type else {
                throw error(o.questionMark, "cannot use optional chaining on non-optional value of type '\(base.type)'")
            }
            // A nil on the way leaves everything as it is.
            let step: (@escaping Modifier) -> Modifier = { modify in
                { f, body in
                    try modify(f) { v in
                        guard case .some(var inner) = v else { return }
                        v = .void
                        defer { v = .some(inner) }
                        try body(&inner)
                    }
                }
            }
            var place = LValue.derived(from: base, type: wrapped, step)
            guard !base.callsAccessors else {
                // Looking whether the chain holds a value would call the getters once more, so
                // only a value that may be evaluated whatever the answer is stored.
                guard optionalChainPlaces else {
                    throw unsupported(e, "changing a value through optional chaining after a computed property or a subscript of the note, other than by storing a literal or a variable's value; unwrap it with 'if var' and store it back")
                }
                return place
            }
            // Swift evaluates the rest of the statement (the value stored, the call's arguments)
            // only when the chain holds a value: `prepare` looks, after the parts before the `?`,
            // and ends the chain when it is nil. A value ends the look before anything is stored,
            // so no observer runs until the change; a nil ends the chain once the look's access
            // ends, which, as Swift's access to the place does, calls the observers on the way.
            let (basePrepare, baseModify) = (base.prepare, base.prepared)
            place.prepare = { f in
                try basePrepare?(f)
                var isNil = false
                do {
                    try baseModify(f) { v in
                        guard case .none = v else { throw ChainHoldsValue() }
                        isNil = true
                    }
                } catch is ChainHoldsValue {}
                if isNil { throw ChainShortCircuit() }
            }
            place.modifyPrepared = step(baseModify)
            return place
        }
        throw error(e, "cannot assign to this expression")
    }

    /// Whether evaluating `f` can have no effect that could be seen (output, a trap, a call): a
    /// literal without interpolations, `nil`, or a variable.
    private func hasNoEffects(_ f: Folded) -> Bool {
        guard case .leaf(let e) = f else { return false }
        if let s = e.as(StringLiteralExprSyntax.self) { return s.segments.allSatisfy { $0.is(StringSegmentSyntax.self) } }
        if let r = e.as(DeclReferenceExprSyntax.self), case .binding? = resolve(r.baseName.text) { return true }
        return isLiteral(e) || e.is(NilLiteralExprSyntax.self)
    }

    /// Stored property `i` of the struct in `base`; assigning it calls the property's observers,
    /// except in an initialiser (of the property's own class: a subclass's sets an inherited one
    /// through its observers) and in the property's own observers, as in Swift (or as `observes`
    /// says, where given).
    private func fieldPlace(_ base: LValue, _ t: StructType, _ i: Int, _ at: SourcePoint, observes: Bool? = nil) -> LValue {
        let field = t.fields[i]
        let owner = function.owner
        let inherited = t.isClass && i < (owner.selfType?.superclass?.fields.count ?? 0)
        let observes = observes ?? ((!owner.isInitializer || inherited) && owner.observing != field.name)
        let observed = field.isObserved && observes
        if t.isClass { return instanceFieldPlace(base, t, i, observes: observes, at) }
        if observed {
            let runtime = self.runtime
            return .derived(from: base, type: field.type) { modify in
                { f, body in
                    try modify(f) { v in
                        guard case .structure(let s) = v else { return }
                        let old = s.fields[i]
                        var new = old
                        let thrown = try LValue.change(&new, by: body)
                        if let willSet = field.willSet { v = try runtime.mutate(willSet, v, new, at) }
                        guard case .structure(var s) = v else { return }
                        s.fields[i] = new
                        v = .structure(s)
                        if let didSet = field.didSet { v = try runtime.mutate(didSet, v, old, at) }
                        if let thrown { throw thrown }
                    }
                }
            }
        }
        return .derived(from: base, type: field.type) { modify in
            { f, body in
                try modify(f) { v in
                    guard case .structure(var s) = v else { return }
                    v = .void
                    defer { v = .structure(s) }
                    try body(&s.fields[i])
                }
            }
        }
    }

    /// A setter writing its argument into stored property `i` of `self`, a `t`, with the
    /// property's observers, for a stored property that answers a protocol's settable requirement.
    func storedPropertySetter(_ t: StructType, _ i: Int, _ at: SourcePoint) -> FunctionCode {
        let receiver = LValue(type: .structure(t)) { f, body in try body(&f.slots[0]) }
        let place = fieldPlace(receiver, t, i, at, observes: true)
        let code = FunctionCode(name: "set", parameterCount: 1)
        code.slotCount = 2
        code.body = { f in
            let newValue = f.slots[1]
            try place.modify(f) { $0 = newValue }
            return .normal
        }
        return code
    }

    /// A computed property with a setter: read with the getter, changed, written with the setter.
    private func computedPlace(_ base: LValue, getter: StructType.Method, setter: StructType.Method, _ at: SourcePoint) -> LValue {
        let (runtime, get) = (self.runtime, getter.code)
        var place = LValue.derived(from: base, type: getter.signature.result) { modify in
            { f, body in
                try modify(f) { v in
                    let getter = v.implementation(of: get)
                    let frame = Frame(count: getter.slotCount, parent: nil)
                    frame.slots[0] = v
                    var value = try runtime.invoke(getter, frame, at)
                    let thrown = try LValue.change(&value, by: body)
                    v = try runtime.mutate(v.implementation(of: setter.code), v, value, at)
                    if let thrown { throw thrown }
                }
            }
        }
        place.callsAccessors = true
        let modify = base.prepared
        place.assign = { f, value in
            try modify(f) { v in v = try runtime.mutate(v.implementation(of: setter.code), v, value, at) }
        }
        return place
    }

    private func subscriptPlace(_ s: SubscriptCallExprSyntax) throws -> LValue {
        try refuseSliceIndices(isSliceVariable(s.calledExpression, withOffsetIndices: true), "a subscript", s)
        let base = try changedBase(s.calledExpression)
        // `t[keyPath: \Sample.x] = v`: a key path literal names the properties it writes.
        if s.arguments.count == 1, let argument = s.arguments.first, argument.label?.text == "keyPath",
           let k = argument.expression.as(KeyPathExprSyntax.self) {
            if let root = k.root, try resolveType(root).description != base.type.description {
                throw error(k, "key path with root type '\(root.trimmedDescription)' cannot be applied to a base of type '\(base.type)'")
            }
            return try lvalue(synthesized("(" + s.calledExpression.trimmedDescription + ")" + keyPathComponents(k), anchor: 1, at: s))
        }
        // `c[keyPath: k] = v` for a key path held in a variable: written through its writer.
        if s.arguments.count == 1, let argument = s.arguments.first, argument.label?.text == "keyPath" {
            let path = try expression(argument.expression)
            guard case .function(let ps, let value, _) = path.type, ps.count == 1, base.type.conforms(to: ps[0]) else {
                throw error(argument.expression, "cannot use value of type '\(path.type)' as a key path of '\(base.type)'")
            }
            let (code, runtime, at) = (path.code, self.runtime, self.at(s))
            return LValue.derived(from: base, type: value) { modify in
                { f, body in
                    guard case .function(let keyPath) = try code(f), let writer = keyPath.writer else {
                        throw InterpreterError(message: "cannot assign through a read-only key path", at: at)
                    }
                    try modify(f) { root in
                        var v = try runtime.call(keyPath, root, at)
                        try body(&v)
                        root = try runtime.call(writer, root, v, at)
                    }
                }
            }
        }
        let arguments = Array(s.arguments)
        let modify = base.modify
        switch base.type {
        case .array(let element):
            guard arguments.count == 1, arguments[0].label == nil else { throw unsupported(s, "this subscript") }
            let at = self.at(s)
            if let positions = try rangePositions(arguments[0].expression, at) {
                // `xs[a...b] = newElements`: the range's elements are replaced, by as many or as
                // few as are given, as Swift's `replaceSubrange` does.
                let runtime = self.runtime
                var place = LValue.derived(from: base, type: base.type) { modify in
                    { f, body in
                        try modify(f) { v in
                            guard case .array(var a) = v else { return }
                            let range = try positions(f, a.count)
                            v = .void
                            defer { v = .array(a) }
                            var slice = Value.array(Array(a[range]))
                            try body(&slice)
                            guard case .array(let new) = slice else { return }
                            try runtime.checkCount(a.count - range.count + new.count, at)
                            a.replaceSubrange(range, with: new)
                        }
                    }
                }
                place.isArraySlice = true
                return place
            }
            let index = try expression(arguments[0].expression, as: .int)
            /// Changes element `i` of the array `modify` reaches.
            func change(_ modify: @escaping Modifier, _ i: Int, _ f: Frame, _ body: (inout Value) throws -> Void) throws {
                try modify(f) { v in
                    guard case .array(var a) = v else { return }
                    guard a.indices.contains(i) else { throw indexError(i, a.count, at) }
                    v = .void
                    defer { v = .array(a) }
                    try body(&a[i])
                }
            }
            var place = LValue(type: element) { f, body in
                guard case .int(let i) = try index(f) else { return }
                try change(modify, i, f, body)
            }
            place.callsAccessors = base.callsAccessors
            let (slot, basePrepare, baseModify) = (function.allocate(), base.prepare, base.prepared)
            place.prepare = { f in
                try basePrepare?(f)
                f.slots[slot] = try index(f)
            }
            place.modifyPrepared = { f, body in
                guard case .int(let i) = f.slots[slot] else { return }
                try change(baseModify, i, f, body)
            }
            return place
        case .dictionary(let key, let value):
            let k = try expression(arguments[0].expression, as: key)
            let (slot, basePrepare, baseModify) = (function.allocate(), base.prepare, base.prepared)
            if arguments.count == 2, arguments[1].label?.text == "default" {
                let fallback = try expression(arguments[1].expression, as: value)
                /// Changes the value at `kv` (or `dv` where there is none) of the dictionary `modify` reaches.
                func change(_ modify: @escaping Modifier, _ kv: Value, _ dv: Value, _ f: Frame, _ body: (inout Value) throws -> Void) throws {
                    try modify(f) { v in
                        guard case .dictionary(var d) = v else { return }
                        v = .void
                        defer { v = .dictionary(d) }
                        var element = d[kv] ?? dv
                        try body(&element)
                        d[kv] = element
                    }
                }
                var place = LValue(type: value) { f, body in try change(modify, try k(f), try fallback(f), f, body) }
                place.callsAccessors = base.callsAccessors
                let defaultSlot = function.allocate()
                place.prepare = { f in
                    try basePrepare?(f)
                    (f.slots[slot], f.slots[defaultSlot]) = (try k(f), try fallback(f))
                }
                place.modifyPrepared = { f, body in try change(baseModify, f.slots[slot], f.slots[defaultSlot], f, body) }
                return place
            }
            guard arguments.count == 1 else { throw unsupported(s, "this subscript") }
            /// Changes the optional value at `kv` of the dictionary `modify` reaches; nil removes it.
            func change(_ modify: @escaping Modifier, _ kv: Value, _ f: Frame, _ body: (inout Value) throws -> Void) throws {
                try modify(f) { v in
                    guard case .dictionary(var d) = v else { return }
                    v = .void
                    defer { v = .dictionary(d) }
                    var element: Value = d[kv].map { .some($0) } ?? .none
                    try body(&element)
                    if case .some(let new) = element { d[kv] = new } else { d[kv] = nil }
                }
            }
            var place = LValue(type: .optional(value)) { f, body in try change(modify, try k(f), f, body) }
            place.callsAccessors = base.callsAccessors
            place.prepare = { f in
                try basePrepare?(f)
                f.slots[slot] = try k(f)
            }
            place.modifyPrepared = { f, body in try change(baseModify, f.slots[slot], f, body) }
            return place
        case .vector, .matrix:
            return try linearAlgebraPlace(base, arguments, s)
        case .structure(let t) where !t.subscripts.isEmpty:
            let (declared, codes) = try declaredSubscript(t, s)
            guard let setter = declared.setter else { throw error(s.leftSquare, "cannot assign through subscript: subscript is get-only") }
            let getter = declared.getter
            let (runtime, at) = (self.runtime, self.at(s))
            /// Calls the setter on `v` with the indices and `element`.
            func store(_ v: inout Value, _ indices: [Value], _ element: Value) throws {
                let set = Frame(count: setter.code.slotCount, parent: nil)
                set.slots[0] = v
                for (i, x) in (indices + [element]).enumerated() { set.slots[i + 1] = x }
                _ = try runtime.invoke(setter.code, set, at)
                v = set.slots[0]
            }
            /// Gets the element at `indices` of the value `modify` reaches, changes it and sets it.
            func update(_ modify: @escaping Modifier, _ indices: [Value], _ f: Frame, _ body: (inout Value) throws -> Void) throws {
                try modify(f) { v in
                    let get = Frame(count: getter.code.slotCount, parent: nil)
                    get.slots[0] = v
                    for (i, x) in indices.enumerated() { get.slots[i + 1] = x }
                    var element = try runtime.invoke(getter.code, get, at)
                    let thrown = try LValue.change(&element, by: body)
                    try store(&v, indices, element)
                    if let thrown { throw thrown }
                }
            }
            var place = LValue(type: getter.signature.result) { f, body in
                var indices: [Value] = []
                for c in codes { indices.append(try c!(f)) }
                try update(modify, indices, f, body)
            }
            place.callsAccessors = true
            let (slots, basePrepare, baseModify) = (codes.map { _ in function.allocate() }, base.prepare, base.prepared)
            place.prepare = { f in
                try basePrepare?(f)
                for (slot, c) in zip(slots, codes) { f.slots[slot] = try c!(f) }
            }
            place.modifyPrepared = { f, body in try update(baseModify, slots.map { f.slots[$0] }, f, body) }
            place.assign = { f, element in
                let indices = slots.map { f.slots[$0] }
                try baseModify(f) { v in try store(&v, indices, element) }
            }
            return place
        default:
            throw error(s, "cannot assign through subscript of a value of type '\(base.type)'")
        }
    }
}

/// The signal that the optional chain of a location holds a value (see `lvalue`).
private struct ChainHoldsValue: Error {}

/// The error for an array index out of range.
func indexError(_ i: Int, _ count: Int, _ at: SourcePoint) -> InterpreterError {
    InterpreterError(message: "index \(i) out of range for array of count \(count)", at: at)
}

extension Folded {
    /// Where swiftc reports an error about the value: the operand's syntax node, the operator of
    /// an operation applied last, or a ternary's.
    var node: Syntax? {
        switch self {
        case .leaf(let e): Syntax(e)
        case .infix(_, let op, _, _): op
        case .ternary(_, _, _, let node): node
        case .tried(let t, _): Syntax(t)
        }
    }
}
