import SwiftSyntax

/// An expression compiled to a closure, with its static type.
struct Typed {
    /// The inferred type.
    var type: SType
    /// Code producing the value.
    var code: Code
    /// For a `Double` expression, code producing the number unboxed, so arithmetic trees pass
    /// doubles in registers and box only where a `Value` is needed.
    var unboxed: DoubleCode?
    /// For an `Int` expression, code producing the integer unboxed, as `unboxed` does for a
    /// `Double` (indices, counters and conversions stay in registers).
    var unboxedInt: IntCode?
    /// The number, when the expression is a `Double` literal (or a negated one): operators then
    /// use it directly rather than calling code for it.
    var constant: Double?
    /// The integer, when the expression is an `Int` literal (or a negated one), as `constant`.
    var constantInt: Int?
    /// The number, when a `Double` expression's value is fixed before it runs: a literal, a `let`
    /// initialised with such a value, or arithmetic on them. Operators fold it; unlike `constant`,
    /// it does not make the expression a literal that adapts to a contextual type.
    var known: Double?
    /// The variable, when the expression is a `Double` or `Int` variable: operators and
    /// subscripts then read it in place rather than calling code for it.
    var place: Place?
    /// For a `Double` expression that operators can read inline other than a literal or a
    /// variable (an element of an array variable), how.
    var operand: DoubleOperand?
    /// For a `[Double]` literal, its numbers, which a variable's array can take in place.
    var doubleArray: DoubleArrayLiteral?
    /// For an assignment, the same code as a statement, which a statement runs directly rather
    /// than through `code`.
    var statement: Exec?
    /// Whether the expression is an `ArraySlice` in Swift (`xs[1...]`, `xs.dropFirst()`): it is
    /// held as an array, whose indices start at 0 where the slice's continue the array's, so
    /// indexing it is refused (see `refuseSliceIndices`).
    var isArraySlice = false
    /// For an `ArraySlice`, whether it starts at the array's first element (`xs.prefix(3)`,
    /// `xs.dropLast()`), so its indices are the ones weave holds, from 0.
    var sliceIndexedFromZero = false

    /// Whether it is an `ArraySlice` whose indices are not the ones weave holds (see `isArraySlice`).
    var hasOffsetIndices: Bool { isArraySlice && !sliceIndexedFromZero }

    /// The expression, typed as the protocol itself (an existential) where its type is a
    /// protocol's `Self`, which stands for a conforming type and has the protocol's members, so
    /// members are found and dispatched on the value's dynamic type.
    var openingSelf: Typed {
        guard case .structure(let s) = type, s.isAssociatedType, s.opened == nil, s.name.hasSuffix(".Self"), let p = s.protocols.first else { return self }
        return Typed(type: .structure(p), code: code)
    }

    /// The expression typed as a `String` when it is a `Substring`, which is held as one and has
    /// its read-only members (and converts to a number as one does); otherwise itself.
    var substringAsString: Typed {
        guard case .substring = type else { return self }
        return Typed(type: .string, code: code)
    }

    /// An expression of type `type`.
    init(type: SType, code: @escaping Code) {
        self.type = type
        self.code = code
    }

    /// A `Double` expression computed unboxed.
    init(double: @escaping DoubleCode) {
        type = .double
        code = { f in .double(try double(f)) }
        unboxed = double
    }

    /// An `Int` expression computed unboxed.
    init(int: @escaping IntCode) {
        type = .int
        code = { f in .int(try int(f)) }
        unboxedInt = int
    }

    /// An expression of type `()` that is an assignment: `statement` as its code.
    init(statement: @escaping Exec) {
        type = .void
        code = { f in
            _ = try statement(f)
            return .void
        }
        self.statement = statement
    }

    /// The `Double` literal `value`.
    init(constant value: Double) {
        self.init(known: value)
        constant = value
    }

    /// A `Double` expression whose value is `value` (see `known`).
    init(known value: Double) {
        self.init(double: { _ in value })
        known = value
    }

    /// The `Int` literal `value`.
    init(constant value: Int) {
        self.init(int: { _ in value })
        constantInt = value
    }

    /// The number of a `Double` expression, unboxed.
    var double: DoubleCode {
        if let unboxed { return unboxed }
        let code = self.code
        return { f in
            guard case .double(let x) = try code(f) else { return .nan }
            return x
        }
    }

    /// The integer of an `Int` expression, unboxed.
    var int: IntCode {
        if let unboxedInt { return unboxedInt }
        let code = self.code
        return { f in
            guard case .int(let x) = try code(f) else { return 0 }
            return x
        }
    }

    /// A `Double` expression as an operand read inline.
    var doubleOperand: DoubleOperand {
        if let known { return .constant(known) }
        if let place { return .variable(place) }
        if let operand { return operand }
        return .code(double)
    }

    /// An `Int` expression as an operand read inline.
    var intOperand: IntOperand {
        if let constantInt { return .constant(constantInt) }
        if let place { return .variable(place) }
        return .code(int)
    }
}

/// Compiled code of a `Double` expression, unboxed.
typealias DoubleCode = (Frame) throws -> Double
/// Compiled code of an `Int` expression, unboxed.
typealias IntCode = (Frame) throws -> Int

/// Compiles a checked swift-syntax tree into a tree of closures over resolved frame slots.
///
/// Type inference happens here, bidirectionally: an expected type flows into literals
/// (so `let x: Double = 1` makes a `Double`) and inferred types flow out. Nothing here
/// runs note code; errors are reported at their node before the block starts.
final class Compiler {
    /// The session's runtime, captured by compiled code.
    let runtime: Runtime
    /// The session's global frame.
    let globals: Frame
    /// Maps syntax positions to lines and columns within the block.
    let converter: SourceLocationConverter
    /// The innermost scope.
    var scope: Scope
    /// The session's top-level scope.
    let globalScope: Scope
    /// Enclosing loops and switches, innermost last, for `break` and `continue`.
    var targets: [(label: String?, id: Int, isLoop: Bool)] = []
    /// The next loop or switch id.
    var nextTargetID = 0
    /// How many `try` expressions enclose the code being compiled.
    var tryDepth = 0
    /// How many error handlers (a `do` with catch-all clauses, `try?`, `try!`) enclose the code
    /// being compiled, within its function.
    var handlerDepth = 0
    /// The position of each initialiser declared in the block among its type's initialisers.
    var initializerIndices: [SyntaxIdentifier: Int] = [:]
    /// `createsClosures` answers by node.
    var closureCreators: [SyntaxIdentifier: Bool] = [:]
    /// The optional chains being compiled, by their outermost node (see `optionalChain`).
    var chainTops: Set<SyntaxIdentifier> = []
    /// Whether `lvalue` may take an optional chain that passes through a getter (`s.computed?.x`):
    /// only for an assignment whose value has no effects (see `assignment`).
    var optionalChainPlaces = false
    /// Whether `lvalue` compiles the target of `=`, which may give a `let` declared without a
    /// value its value (see `Binding.initializedLater`).
    var initializing = false
    /// Whether `lvalue` compiles the target of an assignment (`=`, `+=`, …), which a property's
    /// private setter refuses (see `checkAccess`).
    var assigning = false
    /// The bodies of the functions and types declared at the top level of the block, compiled
    /// after its statements (see `compileBody(of:_:)`).
    var deferredBodies: [(node: Syntax, compile: () throws -> Void)] = []
    /// The declarations, in views that types of earlier blocks already have, of the protocol
    /// extensions the block being hoisted declares (see `registerViewExtension`).
    var viewExtensions: [TypeDeclaration] = []
    /// The types declared before this block that its extensions change, as they were before.
    var extended: [TypeSnapshot] = []
    /// The errors found so far: compilation goes on past an erroneous statement (see `recovering`).
    var errors: [CompileError] = []
    /// Names whose declaration failed in this block; uses of them are follow-on errors.
    var failedNames: Set<String> = []
    /// The type whose instance property's default value is compiling, which may not construct
    /// that type again (see `construct`) nor name its instance members (see `unknownName`).
    var defaultOf: StructType?
    /// The types the block being hoisted declares whose members are not declared yet, which a
    /// property's default value may not construct (see `declarationOrder`).
    var typesAwaitingMembers: Set<ObjectIdentifier> = []
    /// The functions the block being hoisted declares at the top level, by name (one of each),
    /// which its types' property defaults may call (see `lateDefaultType`).
    var blockFunctions: [String: FunctionDeclSyntax] = [:]
    /// The global variables the block being hoisted declares, by name (one of each), which its
    /// types' property defaults may read (see `lateDefaultType`).
    var blockGlobals: [String: PatternBindingSyntax] = [:]
    /// Array literals of integers compiled as `[Double]`s, the type Swift gives them where the
    /// call they receive type-checks only so (`[4, 9].map { sqrt($0) }`).
    var retypedLiterals: [SyntaxIdentifier: SType] = [:]
    /// How many specialisations of generic functions are being compiled, one inside another:
    /// in their bodies a generic parameter stands for its type argument, which Swift's choice
    /// among overloads does not see (see `overloadedCall`).
    var specializationDepth = 0
    /// Top-level names declared in earlier blocks that failed, with where.
    var failedEarlier: [String: FailedDeclaration] = [:]
    /// The tree of the block being compiled, whose nodes `checkAccess` places among the note's
    /// declarations.
    var blockRoot: SyntaxIdentifier?
    /// The expressions being compiled where their values escape, by node (see `escaping`).
    var escapingUses: [SyntaxIdentifier: EscapingUse] = [:]
    /// The argument being compiled for a parameter written `ArraySlice<T>`, which may be a slice
    /// (see `refuseSliceEscape`).
    var sliceArgument: Syntax?
    /// Whether a parameter's default value is compiling: it sees its type's static members
    /// unqualified, as a static member does.
    var compilingDefaultValue = false

    /// The number of the block compiling, among the blocks the session ran; nil for an inline
    /// value's expression.
    let block: Int?

    /// A compiler for one block (numbered `block`), declaring into `globalScope`.
    init(runtime: Runtime, globals: Frame, globalScope: Scope, converter: SourceLocationConverter, block: Int? = nil) {
        self.block = block
        self.runtime = runtime
        self.globals = globals
        self.scope = globalScope
        self.globalScope = globalScope
        self.converter = converter
        if globalScope.types["Result"] == nil { declareStandardTypes() }
    }

    /// The function being compiled.
    var function: FunctionContext { scope.function }

    // MARK: Locations and errors

    /// Where `node` starts.
    func at(_ node: some SyntaxProtocol) -> SourcePoint {
        let l = converter.location(for: node.positionAfterSkippingLeadingTrivia)
        return SourcePoint(line: l.line, column: l.column, block: block)
    }

    /// An error at `node`.
    func error(_ node: some SyntaxProtocol, _ message: String) -> InterpreterError {
        // swiftc places an implicit member expression (`.pi`) at its name.
        if let implicit = Syntax(node).as(MemberAccessExprSyntax.self), implicit.base == nil {
            return InterpreterError(message: message, at: at(implicit.declName))
        }
        return InterpreterError(message: message, at: at(node))
    }

    /// The error for a construct outside the subset.
    func unsupported(_ node: some SyntaxProtocol, _ what: String) -> InterpreterError {
        InterpreterError(message: "not supported in experiment blocks: \(what)", at: at(node))
    }

    /// Fails unless `type` may be used where `expected` is required; `role` names the expected
    /// type as swiftc does ("specified type" for a declaration's annotation).
    func require(_ type: SType, _ expected: SType, _ node: some SyntaxProtocol, role: String = "expected type") throws {
        if !type.conforms(to: expected) {
            if case .nilLiteral = type { throw error(node, "'nil' cannot initialize \(role) '\(expected)'") }
            // `nesterov: 1`, C's habit: swiftc names the Boolean meant.
            if expected.unwrappingOptionals.isExactly(.bool), let literal = Syntax(node).as(IntegerLiteralExprSyntax.self),
               let word = ["0": "false", "1": "true"][literal.literal.text] {
                throw error(node, "integer literal value '\(literal.literal.text)' cannot be used as a boolean; did you mean '\(word)'?")
            }
            try refuseThrowingConversion(type, to: expected, node)
            if let method = overloadedSliceMethod(type, node) {
                throw error(method, "no '\(method.text)' candidates produce the expected contextual result type '\(expected)'")
            }
            if case .optional(let wrapped) = type, !expected.isOptional, wrapped.conforms(to: expected) {
                throw mustBeUnwrapped(type, wrapped, Syntax(node))
            }
            // swiftc points at an operator expression's operator.
            let at = operatorAnchor(Syntax(node))
            switch role {
            case "return type": throw error(at, "cannot convert return expression of type '\(type)' to return type '\(expected)'")
            case "assigned type": throw error(at, "cannot assign value of type '\(type)' to type '\(expected)'")
            default: throw error(at, "cannot convert value of type '\(type)' to \(role) '\(expected)'")
            }
        }
    }

    /// Where swiftc reports an error about the value of `node`: at the operator applied last in
    /// an operator expression (`3 / n` at the `/`), else at `node`.
    func operatorAnchor(_ node: Syntax) -> Syntax {
        guard let s = node.as(SequenceExprSyntax.self), case .infix(_, let op, _, _)? = try? fold(s) else { return node }
        return op
    }

    /// Fails with swiftc's error when `type` is a throwing function and `expected` a function type
    /// of the note's that does not throw, but would otherwise take it.
    func refuseThrowingConversion(_ type: SType, to expected: SType, _ node: some SyntaxProtocol) throws {
        guard case .function(let ps, let r, .throwing) = type, case .function(_, _, .nonThrowing) = expected,
              SType.function(ps, r).conforms(to: expected) else { return }
        throw error(node, "invalid conversion from throwing function of type '\(type)' to non-throwing function type '\(expected)'")
    }

    /// The name of the method `node` calls when it is one of a string's that `Sequence` and
    /// `Collection` both declare (`s.dropFirst()`, `s.prefix(2)`), giving a `Substring` or
    /// `Substring`s (`type`), and `node` gives the value of a declaration, an assignment or a
    /// `return`: where its result does not fit, swiftc says that none of them does. Nil for any
    /// other expression.
    private func overloadedSliceMethod(_ type: SType, _ node: some SyntaxProtocol) -> TokenSyntax? {
        switch type {
        case .substring, .array(.substring): break
        default: return nil
        }
        guard let call = Syntax(node).as(FunctionCallExprSyntax.self), let m = call.calledExpression.as(MemberAccessExprSyntax.self),
              ["dropFirst", "dropLast", "prefix", "suffix", "drop", "split"].contains(m.declName.baseName.text),
              let parent = call.parent,
              parent.is(InitializerClauseSyntax.self) || parent.is(ReturnStmtSyntax.self) || parent.is(CodeBlockItemSyntax.self)
                || parent.is(ExprListSyntax.self) else { return nil }
        return m.declName.baseName
    }

    /// Adapts `typed` to `expected`: wraps values into optionals and into `Any`, types `nil`.
    func coerce(_ typed: Typed, to expected: SType, _ node: some SyntaxProtocol, role: String = "expected type") throws -> Code {
        if let number = try numberLiteral(typed, to: expected, node) { return number }
        try require(typed.type, expected, node, role: role)
        if let existential = try anyConversion(typed, to: expected, node) { return existential }
        // An optional takes a value of its wrapped type, at any depth: an `Int?` becomes an
        // `Int??` as `.some` of itself, so a `nil` inside stays distinct from the outer `nil`.
        if case .nilLiteral = typed.type { return typed.code }
        var code = typed.code
        if let bridge = optimBridging(from: typed.type, to: expected, node) {
            let inner = code
            code = { f in bridge(try inner(f)) }
        }
        // A tuple takes the labels of the type it becomes, and values inside it the optionals of
        // that type: `let v: (lo: Int, hi: Int)? = (3, 4)` prints `(lo: 3, hi: 4)`.
        if let relabel = conversion(from: typed.type, to: Self.wrapped(expected, typed.type.optionalDepth), at: at(node)) {
            let inner = code
            code = { f in relabel(try inner(f)) }
        }
        let wraps = expected.optionalDepth - typed.type.optionalDepth
        if wraps > 0 {
            return wraps == 1 ? { f in .some(try code(f)) } : { f in
                var v = try code(f)
                for _ in 0..<wraps { v = .some(v) }
                return v
            }
        }
        return code
    }

    /// `type` without its outer optionals beyond `depth` of them: `Int?` of `Int???` at depth 1.
    private static func wrapped(_ type: SType, _ depth: Int) -> SType {
        var t = type
        while t.optionalDepth > depth, case .optional(let w) = t { t = w }
        return t
    }

    /// The conversion of values of type `source` into `target` where Swift changes what they
    /// hold: tuples take `target`'s labels, and values the optionals its types wrap them in (`("x",
    /// 5)` as a `(String, Int?)` holds `Optional(5)`, a `[Int]` as a `[Int?]`, a function's result
    /// as its `Double?`), inside optionals, tuples, arrays, sets, dictionary values and function
    /// types; nil when nothing changes.
    func conversion(from source: SType, to target: SType, at: SourcePoint) -> ((Value) -> Value)? {
        switch (source, target) {
        case let (.tuple(ts, given), .tuple(es, labels)) where ts.count == es.count:
            let parts = zip(ts, es).map { wrapping(from: $0, to: $1, at: at) }
            guard given != labels || parts.contains(where: { $0 != nil }) else { return nil }
            return { v in
                guard case .tuple(var t) = v else { return v }
                t.labels = labels
                for (i, part) in parts.enumerated() { if let part { t.elements[i] = part(t.elements[i]) } }
                return .tuple(t)
            }
        case let (.optional(a), .optional(b)):
            guard let inner = conversion(from: a, to: b, at: at) else { return nil }
            return { v in if case .some(let x) = v { .some(inner(x)) } else { v } }
        case let (.array(a), .array(b)), let (.set(a), .set(b)):
            guard let inner = wrapping(from: a, to: b, at: at) else { return nil }
            return { v in if case .array(let xs) = v { .array(xs.map(inner)) } else { v } }
        case let (.dictionary(_, a), .dictionary(_, b)):
            guard let inner = wrapping(from: a, to: b, at: at) else { return nil }
            return { v in
                guard case .dictionary(var d) = v else { return v }
                d.values = d.values.map(inner)
                return .dictionary(d)
            }
        // A function whose result the caller expects in more optionals (`(Double) -> Double?`).
        case let (.function(_, r, _), .function(_, s, _)):
            guard let result = wrapping(from: r, to: s, at: at) else { return nil }
            let runtime = self.runtime
            return { v in
                guard case .function(let callable) = v else { return v }
                return .function(Callable(builtin: { arguments in result(try runtime.call(callable, arguments: arguments, at)) }))
            }
        default: return nil
        }
    }

    /// `conversion(from:to:at:)` where `target` may wrap `source` in more optionals (an `Int`
    /// element becoming an `Int?` one); nil when nothing changes.
    private func wrapping(from source: SType, to target: SType, at: SourcePoint) -> ((Value) -> Value)? {
        if case .nilLiteral = source { return nil }
        let inner = conversion(from: source, to: Self.wrapped(target, source.optionalDepth), at: at)
        let wraps = target.optionalDepth - source.optionalDepth
        guard wraps > 0 else { return inner }
        return { v in
            var x = inner?(v) ?? v
            for _ in 0..<wraps { x = .some(x) }
            return x
        }
    }

    /// Compiles `node` with an expected type and adapts the result to it.
    func expression(_ node: ExprSyntax, as expected: SType) throws -> Code {
        try coerce(expression(node, expected: expected), to: expected, node)
    }

    // MARK: Scopes and variables

    /// Compiles a statement in a new scope of the current function (not generic, so the code
    /// is not reabstracted).
    func withScope(_ body: () throws -> Exec) rethrows -> Exec {
        let saved = scope
        scope = Scope(parent: saved, function: saved.function)
        defer { scope = saved }
        return try body()
    }

    /// Runs `body` in a new scope of the current function.
    ///
    /// Compiled code must not come back out of this or any other generic helper as its `T`, bare
    /// or in a tuple or array: Swift passes a closure through a generic parameter in its most
    /// general form, wrapping it in a reabstraction thunk, and unwraps it with a second one, so
    /// every later call of that code (a loop body, each iteration) goes through both. Such a body
    /// stores what it compiles in a variable of the caller instead, or returns a struct that
    /// holds it (`Typed`, `Clause`), whose fields keep the closure's own calling convention.
    func withScope<T>(_ body: () throws -> T) rethrows -> T {
        let saved = scope
        scope = Scope(parent: saved, function: saved.function)
        defer { scope = saved }
        return try body()
    }

    /// Declares `name` in the innermost scope and returns its binding.
    @discardableResult
    func declare(_ name: String, _ type: SType, mutable: Bool, signature: Signature? = nil, code: FunctionCode? = nil) -> Binding {
        let binding = Binding(slot: function.allocate(), type: type, isMutable: mutable, owner: function,
                              signature: signature, code: code)
        scope.bindings[name] = binding
        return binding
    }

    /// What a name resolves to.
    enum Resolution {
        /// A variable or function in a frame slot.
        case binding(Binding)
        /// A variable declared with accessors (see `VariableAccessors`), read and changed through
        /// them, never in its slot directly as a plain variable is.
        case accessed(Binding)
        /// A stored property of `self`.
        case field(StructType, Int, selfBinding: Binding)
        /// A computed property of `self`.
        case computed(StructType, StructType.Method, selfBinding: Binding)
        /// A method of `self`.
        case method(StructType, StructType.Method, selfBinding: Binding)
    }

    /// Resolves `name` outwards through scopes, trying `self`'s members at a method's boundary.
    func resolve(_ name: String) -> Resolution? {
        var s: Scope? = scope
        while let current = s {
            if let b = current.bindings[name] {
                // A member of the enclosing type (or of a type around it) hides a global.
                if current.parent == nil, !name.hasPrefix("$"), name != "self", enclosingStaticMember(name) != nil { return nil }
                return b.accessors == nil ? .binding(b) : .accessed(b)
            }
            let isFunctionBoundary = current.parent == nil || current.parent!.function !== current.function
            if isFunctionBoundary, let type = current.function.selfType, let selfBinding = current.bindings["self"] {
                if let i = type.fieldIndex(name) { return .field(type, i, selfBinding: selfBinding) }
                if let m = type.property(name) { return .computed(type, m, selfBinding: selfBinding) }
                if let m = type.method(name), !m.isStatic { return .method(type, m, selfBinding: selfBinding) }
            }
            s = current.parent
        }
        return nil
    }

    /// The number of frames between the current function and `owner`.
    func depth(of owner: FunctionContext) -> Int {
        var d = 0
        var f: FunctionContext? = function
        while let current = f, current !== owner {
            d += 1
            f = current.parent
        }
        return d
    }

    /// Where a binding's slot is, seen from the function being compiled.
    func place(of b: Binding) -> Place {
        if b.owner.isGlobal { return .global(globals.slots + b.slot) }
        switch depth(of: b.owner) {
        case 0: return .local(slot: b.slot)
        case let d: return .outer(depth: d, slot: b.slot)
        }
    }

    /// For a plain variable, where its slot is, so subscripts can read an element in place
    /// without copying (and retaining) the whole collection.
    func slotPlace(_ e: ExprSyntax) -> Place? {
        guard let r = e.as(DeclReferenceExprSyntax.self), case .binding(let b)? = resolve(r.baseName.text) else { return nil }
        return place(of: b)
    }

    // MARK: Types

    /// The type of a parameter of a function type or a closure, which may be `inout`.
    func parameterType(_ t: TypeSyntax) throws -> SType {
        if let attributed = t.as(AttributedTypeSyntax.self), attributed.specifiers.trimmedDescription == "inout" {
            return .inoutParameter(try resolveType(attributed.baseType))
        }
        return try resolveType(t)
    }

    /// The type the generic type alias `alias` names with the type arguments `id` gives
    /// (`Field<Float>` of `typealias Field<T: BinaryFloatingPoint> = ([T]) -> [T]`).
    private func genericAlias(_ alias: TypeAliasDeclSyntax, _ id: IdentifierTypeSyntax) throws -> SType {
        let parameters = Array(alias.genericParameterClause?.parameters ?? [])
        guard let written = id.genericArgumentClause?.arguments else {
            throw error(id, "reference to generic type '\(id.name.text)' requires arguments in <...>")
        }
        let arguments = try written.map { a -> SType in
            guard let type = a.argument.as(TypeSyntax.self) else { throw unsupported(a, "this generic argument") }
            return try resolveType(type)
        }
        guard arguments.count == parameters.count else {
            throw error(id, "generic type '\(id.name.text)' specialized with \(arguments.count < parameters.count ? "too few" : "too many") type parameters (got \(arguments.count), but expected \(parameters.count))")
        }
        for (p, type) in zip(parameters, arguments) {
            guard let constraint = p.inheritedType else { continue }
            for name in constraint.trimmedDescription.components(separatedBy: "&").map({ $0.trimmingCharacters(in: .whitespaces) })
            where try !satisfies(type, name, constraint) {
                throw error(id, "type '\(type)' does not conform to protocol '\(name)'")
            }
        }
        return try withScope {
            for (p, type) in zip(parameters, arguments) { scope.aliases[p.name.text] = type }
            return try resolveType(alias.initializer.value)
        }
    }

    /// The type named by a type annotation.
    func resolveType(_ t: TypeSyntax) throws -> SType {
        if let id = t.as(IdentifierTypeSyntax.self) {
            let args = id.genericArgumentClause?.arguments.map { $0.argument }
            func arg(_ i: Int) throws -> SType {
                guard let args, i < args.count, let type = args[args.index(args.startIndex, offsetBy: i)].as(TypeSyntax.self)
                else { throw error(id, "generic type '\(id.name.text)' needs type arguments") }
                return try resolveType(type)
            }
            switch id.name.text {
            case "Int": return .int
            case "Double": return .double
            case "Bool": return .bool
            case "String": return .string
            case "Character": return .character
            case "Substring": return .substring
            case "Void": return .void
            case "Any": return .any
            case "Error": return .error
            case "Array": return .array(try arg(0))
            case "Optional": return .optional(try arg(0))
            case "Dictionary":
                try requireHashable(try arg(0), id)
                return .dictionary(try arg(0), try arg(1))
            case "Set":
                try requireHashable(try arg(0), id)
                return .set(try arg(0))
            // A key path is the function from its root to the value it reads.
            case "KeyPath", "WritableKeyPath": return .function([try arg(0)], try arg(1))
            case let name:
                // A generic parameter hides a type of its name (`func same<Item: Equatable>`).
                if args == nil, let alias = scope.lookupShadowingAlias(name) { return alias }
                if let alias = scope.lookupGenericAlias(name), scope.lookupShadowingAlias(name) == nil {
                    return try genericAlias(alias, id)
                }
                if let s = scope.lookupType(name) {
                    guard s.generic != nil else { return .structure(s) }
                    guard let args else {
                        // Inside its declaration, a generic type's bare name is the specialisation being compiled.
                        if case .structure(let inner)? = scope.lookupAlias(name) { return .structure(inner) }
                        throw error(id, "reference to generic type '\(name)' requires arguments in <...>")
                    }
                    return .structure(try specialize(s, try args.indices.map(arg), id))
                }
                if let alias = scope.lookupAlias(name) { return alias }
                if name == "ClosedRange" || name == "Range", args?.count == 1 {
                    switch try arg(0) {
                    case .int: return .range(closed: name == "ClosedRange")
                    case .double: return .native(name == "ClosedRange" ? bindings.doubleRange : bindings.halfOpenDoubleRange)
                    default: break
                    }
                }
                if let partial = bindings.partialRange(named: name), args?.count == 1, case .int = try arg(0) { return .native(partial) }
                // An array's iterator, what a sequence handing out its array's gives (`-> IndexingIterator<[Double]>`).
                if name == "IndexingIterator", args?.count == 1, case .array(let element) = try arg(0) {
                    return .native(bindings.indexingIteratorType(element))
                }
                if let native = nativeStaticType(name) { return native }
                if name == "RandomNumberGenerator" {
                    throw unsupported(t, "'RandomNumberGenerator' as a type; take a generic parameter '<G: RandomNumberGenerator>' or the generator's own type")
                }
                // A type whose declaration failed, in this block or an earlier one.
                if failedNames.contains(name) || failedEarlier[name] != nil { throw unknownName(name, t) }
                throw unknownType(name, t)
            }
        }
        if let (module, name, first) = moduleQualified(t) { return try libraryType(module, name, first) }
        if let m = t.as(MemberTypeSyntax.self), let native = nativeStaticType(m.trimmedDescription) { return native }
        if let m = t.as(MemberTypeSyntax.self), let outer = try? resolveType(m.baseType) {
            if case .structure(let o) = outer, let inner = o.nested[m.name.text] { return .structure(inner) }
            // `C.Item`: a type alias of a note's type, as a conforming type declares an associated type.
            if case .structure(let o) = outer, let alias = o.aliases[m.name.text] { return alias }
            // `Plant.State` of an associated type constrained by a protocol with an associated type `State`.
            if case .structure(let o) = outer, o.isAssociatedType, o.opened == nil,
               o.protocols.contains(where: { $0.aliases[m.name.text] != nil }) {
                let nested = StructType(name: "\(o.name).\(m.name.text)")
                nested.isAssociatedType = true
                o.aliases[m.name.text] = .structure(nested)
                return .structure(nested)
            }
            // `S.Element` of a sequence a generic parameter stands for.
            if m.name.text == "Element", let element = outer.elementType { return element }
            // `S.Iterator` of an array or of a sequence of the note a generic parameter stands for.
            if m.name.text == "Iterator" {
                if case .array(let element) = outer { return .native(bindings.indexingIteratorType(element)) }
                if case .structure(let o) = outer, let iteration = o.noteIteration { return .structure(iteration.iterator) }
            }
            // `C.Index` of an array (or a slice of one), a range or a vector: `Int`.
            if m.name.text == "Index" {
                switch outer {
                case .array, .range, .vector: return .int
                default: break
                }
            }
        }
        if let a = t.as(ArrayTypeSyntax.self) { return .array(try resolveType(a.element)) }
        if let d = t.as(DictionaryTypeSyntax.self) {
            let key = try resolveType(d.key)
            try requireHashable(key, d)
            return .dictionary(key, try resolveType(d.value))
        }
        if let o = t.as(OptionalTypeSyntax.self) { return .optional(try resolveType(o.wrappedType)) }
        if let tuple = t.as(TupleTypeSyntax.self) {
            let elements = Array(tuple.elements)
            if elements.count == 1, elements[0].firstName == nil { return try resolveType(elements[0].type) }
            return .tuple(try elements.map { try resolveType($0.type) }, labels: elements.map { $0.firstName?.text })
        }
        if let fn = t.as(FunctionTypeSyntax.self) {
            return .function(try fn.parameters.map { try parameterType($0.type) }, try resolveType(fn.returnClause.type),
                             effect: fn.effectSpecifiers?.throwsClause == nil ? .nonThrowing : .throwing)
        }
        if let attributed = t.as(AttributedTypeSyntax.self), attributed.specifiers.isEmpty {
            return try resolveType(attributed.baseType)
        }
        if let existential = t.as(SomeOrAnyTypeSyntax.self) {
            // An opaque parameter type inside its function's specialisation: the type argument.
            if let bound = scope.lookupAlias(GenericFunction.opaqueName(existential)) { return bound }
            return try resolveType(existential.constraint)
        }
        if let composition = t.as(CompositionTypeSyntax.self) {
            let parts = try composition.elements.map { element -> StructType in
                guard case .structure(let p) = try resolveType(element.type), p.isProtocol else {
                    throw unsupported(element.type, "compositions of types other than the note's protocols")
                }
                return p
            }
            let type = StructType(name: parts.map(\.name).joined(separator: " & "))
            type.protocolInfo = ProtocolInfo(syntax: nil)
            type.protocols = parts
            type.isComposition = true
            return .structure(type)
        }
        // `Double.Type`, `Any.Type`: what `type(of:)` and `T.self` give.
        if let m = t.as(MetatypeTypeSyntax.self), m.metatypeSpecifier.tokenKind == .keyword(.Type) {
            let instance = try resolveType(m.baseType)
            let printsNested: Bool = if case .any = instance { false } else { instance.qualifiedTypeName != nil }
            return .native(bindings.metatypeType(of: instance, printsNested: printsNested))
        }
        throw unsupported(t, "type '\(t.trimmedDescription)'")
    }
}

extension Compiler {
    /// Compiles a block's top level; a last bare expression of non-void type is shown REPL-style,
    /// but for a call of the standard `dump`, whose value is the tree it has written.
    ///
    /// Every erroneous statement is recorded in `errors` and skipped; the code returned runs only
    /// if there are none.
    func topLevel(_ items: CodeBlockItemListSyntax) throws -> Exec {
        blockRoot = Syntax(items).root.id
        guard try recovering(items, { try hoist(items) }) != nil else { return { _ in .normal } }
        // A chain, not an array of closures: an array would wrap each in reabstraction thunks.
        var chain = ExecChain()
        for (i, item) in items.enumerated() {
            if i == items.count - 1, case .expr(let e) = item.item, !e.is(IfExprSyntax.self), !e.is(SwitchExprSyntax.self),
               e.as(FunctionCallExprSyntax.self)?.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text != "dump" || resolve("dump") != nil {
                guard let value = try recovering(item, { try expression(e) }) else { continue }
                if !value.type.conforms(to: .void) {
                    guard try recovering(item, { try refuseUnorderedPrinting(value.type, e) }) != nil else { continue }
                    let (code, runtime) = (value.code, self.runtime)
                    chain.append { f in
                        runtime.emit(.value(try code(f).display))
                        return .normal
                    }
                    continue
                }
            }
            var exec: Exec?
            try recovering(item) { exec = try statement(item.item) }
            if let exec { chain.append(exec) }
        }
        for (node, compile) in deferredBodies { try recovering(node, compile) }
        deferredBodies = []
        return chain.exec
    }
}
