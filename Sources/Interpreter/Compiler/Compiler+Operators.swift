import SwiftSyntax

/// Operators a note declares: `static func + (lhs: V, rhs: V) -> V` in a type, or
/// `func • (a: [Double], b: [Double]) -> Double` at the top level after `infix operator •`,
/// used as `a + b`, `-v`, `√x` or `acc += x`. A type keeps its operators among its methods, and
/// the top level among its bindings, under their operator and parameter types, so that
/// overloads (`V * Double`, `Double * V`) coexist. As in Swift, an `Equatable` type's `!=` follows
/// from its `==`, and a `Comparable` type's `>`, `<=` and `>=` from its `<`.
extension Compiler {
    /// An operator function that may implement a use of an operator.
    enum OperatorFunction {
        /// A `static` operator method of a type.
        case method(StructType.Method)
        /// A top-level operator function.
        case function(Binding)

        /// Its signature.
        var signature: Signature {
            switch self {
            case .method(let m): m.signature
            case .function(let b): b.signature!
            }
        }
    }

    /// Whether `fn` declares an operator rather than a named function.
    func isOperator(_ fn: FunctionDeclSyntax) -> Bool {
        switch fn.name.tokenKind {
        case .binaryOperator, .prefixOperator, .postfixOperator: true
        default: false
        }
    }

    /// `prefix `, `postfix ` or nothing, as `fn` is declared.
    private func fixity(_ fn: FunctionDeclSyntax) -> String {
        for m in fn.modifiers {
            if m.name.tokenKind == .keyword(.prefix) { return "prefix " }
            if m.name.tokenKind == .keyword(.postfix) { return "postfix " }
        }
        return ""
    }

    /// The key a function is stored under in its type or scope: its name, or for an operator
    /// its ``overloadKey(_:_:)``.
    func methodKey(_ fn: FunctionDeclSyntax, _ parameters: [Signature.Parameter]) -> String {
        isOperator(fn) ? overloadKey(fn, parameters) : fn.name.text
    }

    /// The key of one overload of a function or operator: its fixity, name, argument labels and
    /// parameter types (`f(x: Int)` and `f(y: Int)` are two functions in Swift).
    func overloadKey(_ fn: FunctionDeclSyntax, _ parameters: [Signature.Parameter]) -> String {
        fixity(fn) + fn.name.text + "(" + parameters.map { "\($0.label ?? "_"): \($0.type)" }.joined(separator: ", ") + ")"
    }

    /// Fails unless `fn`, if an operator, is declared where Swift allows it (at the top level, or
    /// `static` in a type) for an operator in scope, with one operand per its fixity.
    func checkOperatorDeclaration(_ fn: FunctionDeclSyntax) throws {
        guard isOperator(fn) else { return }
        if fn.parent?.is(MemberBlockItemSyntax.self) == true {
            guard fn.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) }) else {
                var owner = fn.parent
                while let o = owner, !o.is(StructDeclSyntax.self), !o.is(ClassDeclSyntax.self), !o.is(EnumDeclSyntax.self) { owner = o.parent }
                let name = owner?.as(StructDeclSyntax.self)?.name ?? owner?.as(ClassDeclSyntax.self)?.name ?? owner?.as(EnumDeclSyntax.self)?.name
                throw error(fn.name, "operator '\(fn.name.text)' declared in type '\(name?.text ?? "")' must be 'static'")
            }
        } else if !function.isGlobal {
            throw error(fn.name, "operator functions can only be declared at global or in type scope")
        }
        let name = fn.name.text, count = fn.signature.parameterClause.parameters.count
        let table = globalScope.operators
        switch fixity(fn) {
        case "prefix ", "postfix ":
            guard count == 1 else { throw error(fn.name, "unary operator implementation must have a 'prefix' or 'postfix' modifier") }
            guard fixity(fn) == "prefix " ? table.prefix.contains(name) : table.postfix.contains(name) else {
                throw error(fn.name, "operator implementation without matching operator declaration")
            }
        default:
            guard count == 2 else {
                throw error(fn.name, count == 1 ? "unary operator implementation must have a 'prefix' or 'postfix' modifier"
                                                : "operators must have one or two arguments")
            }
            guard table.infix[name] != nil else { throw error(fn.name, "operator implementation without matching operator declaration") }
        }
    }

    /// Declares the note's `precedencegroup`s, then its operators, in `items` (the top level only).
    func declareOperators(_ decls: [DeclSyntax]) throws {
        for d in decls where d.is(PrecedenceGroupDeclSyntax.self) || d.is(OperatorDeclSyntax.self) {
            guard function.isGlobal else {
                throw error(d, "'\(d.is(OperatorDeclSyntax.self) ? "operator" : "precedencegroup")' may only be declared at file scope")
            }
        }
        do {
            for g in decls.compactMap({ $0.as(PrecedenceGroupDeclSyntax.self) }) { try globalScope.operators.declare(g) }
            for o in decls.compactMap({ $0.as(OperatorDeclSyntax.self) }) { try globalScope.operators.declare(o) }
        } catch let e as OperatorError {
            throw error(e.node, e.message)
        }
    }

    /// The operator functions named `key` (an operator with its fixity) that the operand types
    /// (or, for standard types, their extensions) and the top level declare, in a fixed order.
    private func operatorFunctions(_ key: String, _ types: [SType]) -> [OperatorFunction] {
        var found: [OperatorFunction] = []
        for t in types {
            // A standard type's operators are those its extensions declare (`extension Array where Element == Double`).
            let owner: StructType
            // In a view of a protocol, `Self`'s operators are the conforming type's.
            if case .structure(let s) = t { owner = s.opened ?? s } else if let s = try? extensionMembers(of: t, member: key) { owner = s } else { continue }
            // The type's own, then those its protocols' extensions give it.
            for declaring in [owner] + owner.protocolViews {
                for (name, m) in declaring.methods.sorted(by: { $0.key < $1.key }) where m.isStatic && name.hasPrefix(key + "(") {
                    found.append(.method(m.seen(from: owner)))
                }
            }
        }
        guard globalScope.operators.implemented.contains(key) else { return found }
        for (name, b) in globalScope.bindings.sorted(by: { $0.key < $1.key }) where b.signature != nil && name.hasPrefix(key + "(") {
            found.append(.function(b))
        }
        return found
    }

    /// The operator function that accepts `operands` (already compiled as `typed`), with the
    /// operands' code adapted to its parameters. A literal operand that does not fit as compiled
    /// is compiled again with the parameter's type (`2 ** 10` for `(Double, Int)`), as Swift
    /// types a literal by the overload it is passed to.
    private func resolveOperator(_ key: String, _ operands: [Folded?], _ typed: [Typed],
                                 _ node: Syntax, expected: SType? = nil) throws -> (OperatorFunction, [Code], SType)? {
        let candidates = operatorFunctions(key, typed.map(\.type))
        func fits(_ ts: [Typed], _ c: OperatorFunction) -> Bool {
            let ps = c.signature.parameters
            return ps.count == ts.count && zip(ts, ps).allSatisfy { $0.type.conforms(to: $1.type) }
        }
        func codes(_ ts: [Typed], _ c: OperatorFunction) throws -> (OperatorFunction, [Code], SType) {
            (c, try zip(ts, c.signature.parameters).map { try coerce($0, to: $1.type, node) }, c.signature.result)
        }
        if let exact = candidates.first(where: { fits(typed, $0) }) { return try codes(typed, exact) }
        // (Literals are not retyped for an operator whose result the context cannot take: `let y:
        // [Int] = [1] + [2]` beside `func + (a: [Double], b: [Double])` joins the arrays.)
        let context = expected.flatMap { $0.containsAny ? nil : $0 }
        candidates: for c in candidates where c.signature.parameters.count == typed.count && context.map(c.signature.result.conforms) ?? true {
            var retyped = typed
            for (i, p) in c.signature.parameters.enumerated() where !typed[i].type.conforms(to: p.type) {
                // A literal that cannot have the parameter's type rules the candidate out.
                guard let operand = operands[i], isLiteral(operand), var literal = try? folded(operand, expected: p.type) else { continue candidates }
                // A type of the note that literals initialise (`3 * x` for a `Dual` x).
                if !literal.type.conforms(to: p.type), let code = try? numberLiteral(literal, to: p.type, operand.node ?? node) {
                    literal = Typed(type: p.type, code: code)
                }
                retyped[i] = literal
            }
            if fits(retyped, c) { return try codes(retyped, c) }
        }
        return nil
    }

    /// Whether `f` is a number, array or tuple literal, which takes its type from the parameter
    /// it is passed to (`m * (1, 1)` for a `(Double, Double)` one).
    private func isLiteral(_ f: Folded) -> Bool {
        if case .leaf(let e) = f, isFloatLiteral(e) || e.is(ArrayExprSyntax.self) { return true }
        if case .leaf(let e) = f, let t = e.as(TupleExprSyntax.self), t.elements.count > 1 { return true }
        return isIntegerLiteral(f)
    }

    /// Code calling `function` with `operands`; with `place`, the first parameter is `inout`
    /// and its final value is stored back there.
    private func call(_ function: OperatorFunction, _ operands: [Code], writingBack place: LValue? = nil, at: SourcePoint) -> Code {
        switch function {
        case .method(let m):
            let callee = Value.function(Callable(code: m.code, captured: nil))
            let arguments: [Code?] = [{ _ in .void }] + operands
            if let place { return invokeWritingBack({ _ in callee }, arguments, [(1, place)], at: at) }
            return invoke({ _ in callee }, arguments, at: at)
        case .function(let b):
            if let place { return invokeWritingBack(read(b), operands, [(0, place)], at: at) }
            return invokeTopLevel(b.code!, operands, at: at)
        }
    }

    /// Compiles `l op r` with an operator function the note declares, if one accepts both operands.
    func declaredOperator(_ op: String, _ lhs: Folded, _ rhs: Folded, _ l: Typed, _ r: Typed, _ node: Syntax,
                          expected: SType? = nil) throws -> Typed? {
        let at = self.at(node)
        if let (function, codes, result) = try resolveOperator(op, [lhs, rhs], [l, r], node, expected: expected) {
            return Typed(type: result, code: call(function, codes, at: at))
        }
        if let generic = try genericOperatorCall(op, [lhs, rhs], node) { return generic }
        // Swift gives `!=` from `==` to an `Equatable` type, and `>`, `<=`, `>=` from `<` to a `Comparable` one.
        let owners = [l.type, r.type].compactMap { t -> StructType? in
            if case .structure(let s) = t { return s }
            return nil
        }
        let base = op == "!=" ? "==" : "<"
        guard op == "!=" ? owners.contains(where: \.isEquatable) : [">", "<=", ">="].contains(op) && owners.contains(where: \.isComparable)
        else { return nil }
        let swapped = op == ">" || op == "<="
        guard let (function, codes, _) = try resolveOperator(base, swapped ? [rhs, lhs] : [lhs, rhs], swapped ? [r, l] : [l, r], node)
        else { return nil }
        let code = call(function, codes, at: at)
        if op == ">" { return Typed(type: .bool, code: code) }
        return Typed(type: .bool) { f in try code(f) == .bool(true) ? .bool(false) : .bool(true) }
    }

    /// Compiles `a op b` with a generic operator function the note declares (`func ** <T:
    /// BinaryFloatingPoint>(a: T, b: T) -> T`), specialised for the operands' types as a call
    /// of a generic function is; nil when there is none, or an operand is itself an operation.
    private func genericOperatorCall(_ op: String, _ operands: [Folded], _ node: Syntax) throws -> Typed? {
        guard let g = globalScope.bindings[op]?.generic else { return nil }
        let expressions = operands.compactMap { operand -> ExprSyntax? in if case .leaf(let e) = operand { e } else { nil } }
        let labels = g.syntax.signature.parameterClause.parameters.map { $0.firstName.tokenKind == .wildcard ? nil : $0.firstName.text }
        guard expressions.count == operands.count, labels.count == operands.count,
              let c = synthesized("f(\(expressions.map(\.trimmedDescription).joined(separator: ", ")))", anchor: 0, at: node)
                .as(FunctionCallExprSyntax.self) else { return nil }
        let arguments = zip(labels, expressions).map { Argument(label: $0, expression: $1, isTrailingClosure: false) }
        return try genericCall(g, arguments, c, expected: nil)
    }

    /// Compiles `x op { … }` (or `{ … } op x`) with an operator function the note declares: the
    /// closure takes its type from the parameter it is passed to, as in `x |> { $0 * 2 }`.
    func declaredOperatorOnClosure(_ op: String, _ lhs: Folded, _ rhs: Folded, _ node: Syntax) throws -> Typed? {
        let closureSide: Int
        switch (lhs, rhs) {
        case (_, .leaf(let e)) where e.is(ClosureExprSyntax.self): closureSide = 1
        case (.leaf(let e), _) where e.is(ClosureExprSyntax.self): closureSide = 0
        default: return nil
        }
        let operands = [lhs, rhs]
        let other = try folded(operands[1 - closureSide], expected: nil)
        for c in operatorFunctions(op, [other.type]) where c.signature.parameters.count == 2 {
            let ps = c.signature.parameters
            guard other.type.conforms(to: ps[1 - closureSide].type),
                  let closure = try? folded(operands[closureSide], expected: ps[closureSide].type) else { continue }
            let typed = closureSide == 1 ? [other, closure] : [closure, other]
            if let (function, codes, result) = try resolveOperator(op, operands, typed, node) {
                return Typed(type: result, code: call(function, codes, at: at(node)))
            }
        }
        return nil
    }

    /// Compiles `op= ` on a place whose type (or the top level) declares `static func op= (lhs: inout T, …)`.
    func declaredCompoundAssignment(_ op: String, _ place: LValue, _ rhs: Folded, _ value: Typed, _ node: Syntax) throws -> Typed? {
        let modify = place.modify
        let current = Typed(type: place.type) { f in
            var v = Value.void
            try modify(f) { v = $0 }
            return v
        }
        if let (function, codes, _) = try resolveOperator(op, [nil, rhs], [current, value], node), function.signature.parameters[0].isInout {
            return Typed(type: .void, code: call(function, codes, writingBack: place, at: at(node)))
        }
        // `AdditiveArithmetic` gives `+=` and `-=` as `x = x + y` of the type's own `+` and `-`.
        guard ["+=", "-="].contains(op), case .structure(let t) = place.type, t.conformances.contains("AdditiveArithmetic"),
              let (function, codes, result) = try resolveOperator(String(op.dropLast()), [nil, rhs], [current, value], node),
              result.conforms(to: place.type) else { return nil }
        let (combined, prepared) = (call(function, codes, at: at(node)), place.prepared)
        return Typed(type: .void) { f in
            let v = try place.preparing(f, combined)
            try prepared(f) { $0 = v }
            return .void
        }
    }

    /// Compiles a prefix or postfix operator the note declares, applied to `operand`.
    func declaredUnaryOperator(_ fixity: String, _ op: String, _ e: ExprSyntax, _ operand: Typed, _ node: Syntax) throws -> Typed? {
        let table = globalScope.operators
        guard fixity == "prefix " ? table.prefix.contains(op) : table.postfix.contains(op) else {
            // Swift 3 removed `++` and `--`; swiftc suggests what replaced them.
            let suggestion = ["++": "+= 1", "--": "-= 1"][op].map { "; did you mean '\($0)'?" } ?? ""
            throw error(node, "cannot find operator '\(op)' in scope" + suggestion)
        }
        guard let (function, codes, result) = try resolveOperator(fixity + op, [.leaf(e)], [operand], node) else { return nil }
        return Typed(type: result, code: call(function, codes, at: at(node)))
    }

    /// For a type whose `<` the note declares (a `Comparable` struct or class), its order as a
    /// function of two values, for `sorted()`, `min()` and `max()`.
    func declaredOrder(_ type: SType, at: SourcePoint) -> ((Value, Value) throws -> Bool)? {
        guard case .structure(let t) = type, t.isComparable else { return nil }
        return declaredRelation("<", of: t, at: at)
    }

    /// The operator `op` (`<`, `==`) that `t` declares as a static method, as a function of two
    /// values; nil when it declares none.
    func declaredRelation(_ op: String, of t: StructType, at: SourcePoint) -> ((Value, Value) throws -> Bool)? {
        guard let m = t.methods.sorted(by: { $0.key < $1.key }).first(where: { $0.key.hasPrefix(op + "(") && $0.value.isStatic })?.value
        else { return nil }
        return relation(m.code, at: at)
    }

    /// Calls of the note's static operator `code` on two values, answering whether it holds.
    func relation(_ code: FunctionCode, at: SourcePoint) -> (Value, Value) throws -> Bool {
        let runtime = self.runtime
        return { a, b in
            let frame = runtime.frame(for: code, parent: nil)
            frame.slots[1] = a
            frame.slots[2] = b
            return try runtime.call(code, in: frame, at) == .bool(true)
        }
    }
}

extension StructType {
    /// Whether the type is declared `Comparable`.
    var isComparable: Bool { conformances.contains("Comparable") }
}
