import Optim
import SwiftSyntax

extension Compiler {
    /// Whether an error may propagate from the code being compiled: inside a `do` whose `catch`
    /// clauses catch everything, a `throws` function, a closure, `try?`/`try!`, or the top level
    /// (where an uncaught error fails the block).
    var canThrowHere: Bool { handlerDepth > 0 || function.owner.isThrowing || function.owner.isGlobal }

    /// swiftc's error for a throwing call outside `try`.
    static let missingTry = "call can throw but is not marked with 'try'"

    /// Fails, as Swift does, when a call of a throwing function lacks `try` or its error cannot propagate.
    func checkThrowingCall(_ signature: Signature, _ node: some SyntaxProtocol) throws {
        guard signature.throwing else { return }
        if signature.rethrowing, let call = Syntax(node).as(FunctionCallExprSyntax.self), !passesThrowingFunction(call) { return }
        if tryDepth == 0 { throw error(node, Self.missingTry) }
        if !canThrowHere { throw error(node, "errors thrown from here are not handled") }
    }

    /// Fails, as Swift does, when the function argument `e` can throw and the call of the
    /// standard library's (rethrowing) function it is passed to lacks `try` or its error cannot
    /// propagate; swiftc reports it at the call.
    func checkThrowingArgument(_ e: ExprSyntax) throws {
        var node = Syntax(e)
        while let parent = node.parent, !parent.is(FunctionCallExprSyntax.self) { node = parent }
        try checkThrowingCall(Signature(parameters: [], result: .void, throwing: true), node.parent ?? Syntax(e))
    }

    /// Whether a call passes a function that can throw, which makes a call of a `rethrows`
    /// function throw: a closure literal marked `throws` or with a `try` of its own, or a function
    /// of the note declared `throws`.
    private func passesThrowingFunction(_ call: FunctionCallExprSyntax) -> Bool {
        let arguments = call.arguments.map(\.expression) + [call.trailingClosure.map(ExprSyntax.init)].compactMap { $0 }
            + call.additionalTrailingClosures.map { ExprSyntax($0.closure) }
        return arguments.contains { e in
            if let c = e.as(ClosureExprSyntax.self) {
                return c.signature?.effectSpecifiers?.throwsClause != nil || Self.containsOwnTry(Syntax(c.statements))
            }
            if let r = e.as(DeclReferenceExprSyntax.self), case .binding(let b)? = resolve(r.baseName.text) {
                return b.signature?.throwing ?? false
            }
            return false
        }
    }

    /// Whether `node` has a `try` outside the closures nested in it.
    private static func containsOwnTry(_ node: Syntax) -> Bool {
        if node.is(TryExprSyntax.self) { return true }
        if node.is(ClosureExprSyntax.self) { return false }
        return node.children(viewMode: .sourceAccurate).contains { containsOwnTry($0) }
    }

    /// Compiles `throw value`.
    func throwStatement(_ t: ThrowStmtSyntax) throws -> Exec {
        // In a function of typed throws (`throws(BoxError)`), the value is of that type: `throw .empty(0)`.
        let thrownType = try Self.enclosingThrowsClause(of: Syntax(t))?.type.map { try resolveType($0) }
        let value = try expression(t.expression, expected: thrownType)
        guard value.type.conforms(to: .error) else {
            throw error(t.expression, "thrown expression type '\(value.type)' does not conform to 'Error'")
        }
        if let thrownType, !value.type.conforms(to: thrownType) {
            throw error(t.expression, "thrown expression type '\(value.type)' cannot be converted to error type '\(thrownType)'")
        }
        if !canThrowHere { throw error(t, "error is not handled because the enclosing function is not declared 'throws'") }
        if handlerDepth == 0 { function.owner.throwsOwnErrors = true }
        let (code, at) = (value.code, self.at(t))
        return { f in
            let v = try code(f)
            throw InterpreterError(message: "uncaught error: \(v.debugDescription)", at: at, thrown: v)
        }
    }

    /// The `throws` clause of the function or initialiser `node` is in, if any (nil inside a closure).
    private static func enclosingThrowsClause(of node: Syntax) -> ThrowsClauseSyntax? {
        var n = node.parent
        while let current = n, !current.is(ClosureExprSyntax.self) {
            if let fn = current.as(FunctionDeclSyntax.self) { return fn.signature.effectSpecifiers?.throwsClause }
            if let i = current.as(InitializerDeclSyntax.self) { return i.signature.effectSpecifiers?.throwsClause }
            n = current.parent
        }
        return nil
    }

    /// Compiles `do { … } catch pattern where … { … } catch { … }`. Only thrown errors are caught;
    /// traps such as an index out of range stay errors of the block, as in Swift.
    func doStatement(_ d: DoStmtSyntax) throws -> Exec {
        if d.catchClauses.isEmpty { return try block(d.body) }
        var clauses: [Clause] = []
        var exhaustive = false
        for clause in d.catchClauses {
            let compiled: Clause = try withScope {
                guard !clause.catchItems.isEmpty else {
                    exhaustive = true
                    let store = write(declare("error", .error, mutable: false))
                    return Clause(matches: { f, v in
                        store(f, v)
                        return true
                    }, body: try statements(clause.body.statements))
                }
                var matchers: [Matcher] = []
                for item in clause.catchItems {
                    guard let p = item.pattern else { throw unsupported(item, "this catch clause") }
                    let (m, space) = try pattern(p, .error, binding: nil)
                    if let w = item.whereClause {
                        let condition = try expression(w.condition, as: .bool)
                        matchers.append { f, v in try m(f, v) && (try condition(f) == .bool(true)) }
                    } else {
                        matchers.append(m)
                        if case .all = space { exhaustive = true }
                    }
                }
                let matcher: Matcher = { f, v in
                    for m in matchers where try m(f, v) { return true }
                    return false
                }
                return Clause(matches: matcher, body: try statements(clause.body.statements))
            }
            clauses.append(compiled)
        }
        if exhaustive { handlerDepth += 1 }
        defer { if exhaustive { handlerDepth -= 1 } }
        let body = try block(d.body)
        return { f in
            do {
                return try body(f)
            } catch let e as InterpreterError {
                guard let thrown = e.thrown else { throw e }
                for clause in clauses where try clause.matches(f, thrown) { return try clause.body(f) }
                throw e
            }
        }
    }

    /// Compiles `try`, `try?` and `try!`: the calls inside may throw; `try?` gives nil for a
    /// thrown error and `try!` turns it into a trap. What it covers is `t.expression`, or the
    /// operations `covered` compiles (`try? h() * 2`) for the type it is given.
    func tryExpression(_ t: TryExprSyntax, expected: SType?, covered: ((SType?) throws -> Typed)? = nil) throws -> Typed {
        tryDepth += 1
        defer { tryDepth -= 1 }
        let expression = covered ?? { try self.expression(t.expression, expected: $0) }
        guard let mark = t.questionOrExclamationMark else {
            if handlerDepth == 0 { function.owner.throwsOwnErrors = true }
            return try expression(expected)
        }
        handlerDepth += 1
        defer { handlerDepth -= 1 }
        if mark.tokenKind == .postfixQuestionMark {
            var hint = expected
            if case .optional(let wrapped)? = expected { hint = wrapped }
            let inner = try expression(hint)
            let code = inner.code
            if case .optional = inner.type {
                return Typed(type: inner.type) { f in
                    do { return try code(f) } catch let e as InterpreterError where e.thrown != nil { return .none }
                }
            }
            return Typed(type: .optional(inner.type)) { f in
                do { return .some(try code(f)) } catch let e as InterpreterError where e.thrown != nil { return .none }
            }
        }
        let inner = try expression(expected)
        let (code, at) = (inner.code, self.at(t))
        return Typed(type: inner.type) { f in
            do { return try code(f) } catch let e as InterpreterError where e.thrown != nil {
                throw InterpreterError(message: "'try!' expression unexpectedly raised an error: \(e.thrown!.debugDescription)", at: at)
            }
        }
    }

    /// Code running `rest` and then, however it ends, `deferred`: a `defer` block followed by
    /// the statements after it in the same scope.
    func deferring(_ deferred: @escaping Exec, _ rest: @escaping Exec) -> Exec {
        { f in
            let flow: Flow
            do { flow = try rest(f) } catch {
                _ = try deferred(f)
                throw error
            }
            _ = try deferred(f)
            return flow
        }
    }
}

extension StructType {
    /// Swift's `CancellationError`, the error a cancelled task throws: a structure without
    /// properties, made with `CancellationError()`.
    static func cancellationError() -> StructType {
        let t = StructType(name: "CancellationError")
        t.module = "Swift."
        t.conformances = ["Error"]
        return t
    }

    /// Foundation's `NSError`, made with `NSError(domain:code:)`: its `domain` and `code`, and
    /// Foundation's text for it (`Error Domain=x Code=1 "(null)"`). Held as a structure, as
    /// nothing in it changes.
    static func nsError() -> StructType {
        let t = StructType(name: "NSError")
        t.module = "Foundation."
        t.conformances = ["Error", "CustomStringConvertible"]
        t.fields = [Field(name: "domain", type: .string, isLet: true), Field(name: "code", type: .int, isLet: true)]
        t.describe = { "Error Domain=\($0.field(0).string) Code=\($0.field(1).int) \"(null)\"" }
        return t
    }

    /// Optim's `OptimError`, as an enum of the notes: its errors are values a `catch` can match.
    static func optimError() -> StructType {
        let t = StructType(name: "OptimError")
        t.module = "Optim."
        t.conformances = ["Error", "Equatable", "CustomStringConvertible"]
        let message = [Signature.Parameter(label: nil, type: .string, hasDefault: false)]
        t.cases = [
            EnumCase(owner: t, name: "shapeMismatch", index: 0, parameters: message),
            EnumCase(owner: t, name: "singular", index: 1, parameters: message),
            EnumCase(owner: t, name: "diverged", index: 2, parameters: [.init(label: "step", type: .int, hasDefault: false),
                                                                        .init(label: "value", type: .double, hasDefault: false)]),
            EnumCase(owner: t, name: "invalidArgument", index: 3, parameters: message),
        ]
        t.describe = { value in
            guard case .enumeration(let e) = value else { return "" }
            return OptimError(e)?.description ?? ""
        }
        return t
    }

    /// The value of an Optim error, a case of the type made by `optimError()`.
    func value(of error: OptimError) -> Value {
        let (index, payload): (Int, [Value]) = switch error {
        case .shapeMismatch(let m): (0, [.string(m)])
        case .singular(let m): (1, [.string(m)])
        case .diverged(let step, let value): (2, [.int(step), .double(value)])
        case .invalidArgument(let m): (3, [.string(m)])
        }
        return .enumeration(EnumValue(tag: cases![index], payload: payload))
    }
}

extension OptimError {
    /// The Optim error a note's `OptimError` value stands for.
    init?(_ e: EnumValue) {
        let message: String
        if case .string(let m)? = e.payload.first { message = m } else { message = "" }
        switch e.tag.index {
        case 0: self = .shapeMismatch(message)
        case 1: self = .singular(message)
        case 2:
            guard e.payload.count == 2, case .int(let step) = e.payload[0], case .double(let value) = e.payload[1] else { return nil }
            self = .diverged(step: step, value: value)
        case 3: self = .invalidArgument(message)
        default: return nil
        }
    }
}

/// Foundation's `localizedDescription` of an error: a `LocalizedError`'s `errorDescription`, or
/// the sentence Foundation makes of the error's type and code.
extension Compiler {
    /// Compiles `error.localizedDescription` for a value of an error type, or returns nil.
    func localizedDescription(_ base: Typed, _ name: String, _ node: MemberAccessExprSyntax) -> Typed? {
        guard name == "localizedDescription" else { return nil }
        switch base.type {
        case .error: break
        case .structure(let t) where t.conformances.contains("Error"): break
        default: return nil
        }
        let (code, runtime, at) = (base.code, self.runtime, self.at(node.declName))
        return Typed(type: .string) { f in
            let error = try code(f)
            guard let type = error.dynamicType else { return .string(String(describing: error)) }
            if type.conformances.contains("LocalizedError"), let getter = type.property("errorDescription") {
                let frame = Frame(count: getter.code.slotCount, parent: nil)
                frame.slots[0] = error
                if case .some(.string(let text)) = try runtime.invoke(error.implementation(of: getter.code), frame, at) {
                    return .string(text)
                }
            }
            // An `NSError` names its domain and code.
            let (domain, number) = type === runtime.nsError ? (error.field(0).string, error.field(1).int) : (type.nestedName, Self.errorCode(error))
            return .string("The operation could not be completed. (\(domain) error \(number).)")
        }
    }

    /// The code Swift gives an error as an `NSError`: an `Int` raw value; for another enum, the
    /// case's position with the cases that carry values first; 1 for other types.
    private static func errorCode(_ error: Value) -> Int {
        guard case .enumeration(let e) = error, let cases = e.tag.owner.cases else { return 1 }
        if case .int(let raw)? = e.tag.rawValue { return raw }
        let order = cases.filter { !$0.parameters.isEmpty } + cases.filter(\.parameters.isEmpty)
        return order.firstIndex { $0 === e.tag } ?? 1
    }
}
