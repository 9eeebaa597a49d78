import Foundation
@_spi(Compiler) import SwiftParser
import SwiftSyntax

extension Compiler {
    /// Compiles an expression; `expected` is a hint that types literals, `nil`, empty
    /// collections and closures, as Swift's literal typing does.
    func expression(_ e: ExprSyntax, expected: SType? = nil) throws -> Typed {
        let value = try compileExpression(e, expected: expected)
        if value.isArraySlice { try refuseSliceEscape(value, e) }
        return value
    }

    /// The code of `e`, whatever it stands in (see `expression(_:expected:)`).
    private func compileExpression(_ e: ExprSyntax, expected: SType?) throws -> Typed {
        if let chain = try optionalChain(e, expected: expected) { return chain }
        if let o = e.as(OptionalChainingExprSyntax.self) { return try chainLink(o) }
        if let i = e.as(IntegerLiteralExprSyntax.self) { return try integerLiteral(i, expected: expected) }
        if let d = e.as(FloatLiteralExprSyntax.self) {
            guard let v = Double(d.literal.text.replacingOccurrences(of: "_", with: "")) else {
                throw error(d, "invalid floating-point literal")
            }
            return Typed(constant: v)
        }
        if let b = e.as(BooleanLiteralExprSyntax.self) {
            let v = Value.bool(b.literal.tokenKind == .keyword(.true))
            return Typed(type: .bool) { _ in v }
        }
        if let s = e.as(StringLiteralExprSyntax.self) { return try stringLiteral(s, expected: expected) }
        if e.is(NilLiteralExprSyntax.self) {
            if let expected, case .optional = expected { return Typed(type: expected) { _ in .none } }
            return Typed(type: .nilLiteral) { _ in .none }
        }
        if let r = e.as(DeclReferenceExprSyntax.self) {
            if case .function(let ps, let result, _)? = expected, let value = try functionReference(e, parameters: ps, result: result) {
                return value
            }
            if let names = r.argumentNames {
                // `let f = square(of:)`: the function the labels name, as a value of its type.
                let labels = names.arguments.map { $0.name.tokenKind == .wildcard ? nil : $0.name.text }
                if case .binding(let b)? = resolve(r.baseName.text),
                   let signature = ([b] + b.overloads).compactMap(\.signature).first(where: { $0.parameters.map(\.label) == labels }),
                   let value = try functionReference(e, parameters: signature.parameters.map(\.type), result: signature.result) {
                    return value
                }
                throw unsupported(r, "this reference to a function by its argument labels")
            }
            return try reference(r.baseName.text, Syntax(r))
        }
        if let s = e.as(SequenceExprSyntax.self) { return try folded(try fold(s), expected: expected) }
        if let p = e.as(PrefixOperatorExprSyntax.self) { return try prefix(p, expected: expected) }
        if let p = e.as(PostfixOperatorExprSyntax.self) {
            let operand = try expression(p.expression, expected: expected)
            if let declared = try declaredUnaryOperator("postfix ", p.operator.text, p.expression, operand, Syntax(p.operator)) {
                return declared
            }
            if let range = partialRange("postfix " + p.operator.text, operand) { return range }
            throw error(p.operator, "unary operator '\(p.operator.text)' cannot be applied to an operand of type '\(operand.type)'")
        }
        if let t = e.as(TupleExprSyntax.self) { return try tuple(t, expected: expected) }
        if let a = e.as(ArrayExprSyntax.self) { return try arrayLiteral(a, expected: expected) }
        if let d = e.as(DictionaryExprSyntax.self) { return try dictionaryLiteral(d, expected: expected) }
        if let c = e.as(FunctionCallExprSyntax.self) { return try call(c, expected: expected) }
        if let m = e.as(MemberAccessExprSyntax.self) {
            if case .function(let ps, let result, _)? = expected, let value = try functionReference(e, parameters: ps, result: result) {
                return value
            }
            return try member(m, expected: expected)
        }
        if let k = e.as(KeyPathExprSyntax.self) { return try keyPath(k, expected: expected) }
        if let s = e.as(SubscriptCallExprSyntax.self) { return try subscriptRead(s) }
        if let c = e.as(ClosureExprSyntax.self) {
            var parameters: [SType]?, result: SType?
            // Where an optional function is expected, the closure is of the wrapped type, then wrapped.
            if case .function(let ps, let r, _)? = expected?.unwrappingOptionals { (parameters, result) = (ps, r) }
            return try closure(c, parameters: parameters, result: result)
        }
        if let u = e.as(ForceUnwrapExprSyntax.self) {
            let inner = try expression(u.expression)
            guard case .optional(let wrapped) = inner.type else {
                throw error(u, "cannot force unwrap value of non-optional type '\(inner.type)'")
            }
            let code = inner.code, at = self.at(u.exclamationMark)
            return Typed(type: wrapped) { f in
                guard case .some(let v) = try code(f) else {
                    throw InterpreterError(message: "unexpectedly found nil while unwrapping an Optional value", at: at)
                }
                return v
            }
        }
        if let t = e.as(TryExprSyntax.self) { return try tryExpression(t, expected: expected) }
        if let i = e.as(IfExprSyntax.self) { return try ifExpression(i, expected: expected) }
        if let s = e.as(SwitchExprSyntax.self) {
            guard isValuePosition(s) else {
                throw error(s, "'switch' may only be used as expression in return, throw, or as the source of an assignment")
            }
            return try switchExpression(s, expected: expected)
        }
        if let t = e.as(TernaryExprSyntax.self) {
            return try ternary(.leaf(t.condition), t.thenExpression, .leaf(t.elseExpression), node: Syntax(t), expected: expected)
        }
        if let i = e.as(InfixOperatorExprSyntax.self) {
            let op = i.operator.as(BinaryOperatorExprSyntax.self)?.operator.text ?? "="
            return try folded(.infix(op: op, opNode: Syntax(i.operator), lhs: .leaf(i.leftOperand), rhs: .leaf(i.rightOperand)),
                              expected: expected)
        }
        throw unsupported(e, describe(e))
    }

    /// A short name for an unsupported expression kind.
    func describe(_ e: ExprSyntax) -> String {
        if e.is(OptionalChainingExprSyntax.self) { return "optional chaining" }
        if e.is(TryExprSyntax.self) { return "'try'" }
        if e.is(AwaitExprSyntax.self) { return "'await'" }
        if e.is(InOutExprSyntax.self) { return "'&' outside an argument for an 'inout' parameter" }
        if e.is(MacroExpansionExprSyntax.self) { return "macros" }
        return "'\(e.trimmedDescription)'"
    }

    /// Folds operators by precedence, reporting unknown ones at their place.
    func fold(_ s: SequenceExprSyntax) throws -> Folded {
        do {
            return try globalScope.operators.fold(s)
        } catch let e as OperatorError {
            throw error(e.node, e.message)
        }
    }

    // MARK: Literals

    private func integerLiteral(_ i: IntegerLiteralExprSyntax, expected: SType?) throws -> Typed {
        // A literal where an optional is expected is a literal of the wrapped type, then wrapped.
        if case .optional(let wrapped)? = expected { return try integerLiteral(i, expected: wrapped) }
        var text = i.literal.text.replacingOccurrences(of: "_", with: "")
        var radix = 10
        for (prefix, r) in [("0x", 16), ("0b", 2), ("0o", 8)] where text.hasPrefix(prefix) {
            text.removeFirst(2)
            radix = r
        }
        guard let v = Int(text, radix: radix) else {
            if let wide = wideIntegerLiteral(text, radix: radix, expected: expected) { return wide }
            let type = if case .native(let t)? = expected, bindings.fixedWidth[t.name]?.type === t { t.name } else { "Int" }
            throw error(i, "integer literal '\(i.literal.text)' overflows when stored into '\(type)'")
        }
        if let expected, expected.conforms(to: .double) || expected.takesScalarLiterals {
            return Typed(constant: Double(v))
        }
        return Typed(constant: v)
    }

    /// Compiles a string literal: a `String`, or where a `Character` or `Substring` is expected
    /// (`let c: Character = "a"`), one of those when it has no interpolation and, for a
    /// `Character`, one grapheme cluster; otherwise it stays a `String`, which the context refuses
    /// with swiftc's message.
    private func stringLiteral(_ s: StringLiteralExprSyntax, expected: SType?) throws -> Typed {
        let (literal, text) = try stringLiteral(s)
        var typed = literal
        switch expected?.unwrappingOptionals {
        case .substring? where text != nil: typed.type = .substring
        case .character? where text?.count == 1: typed.type = .character
        // Foundation's `NSString` is `ExpressibleByStringLiteral`: `let s: NSString = "x"`.
        case .native(let t)? where t === bindings.nsString:
            guard let text else { break }
            typed = Typed(type: .native(t)) { _ in t.box(NSString(string: text)) }
        default: break
        }
        return typed
    }

    /// Compiles a string literal as a `String`, with its text when it has no interpolation.
    private func stringLiteral(_ s: StringLiteralExprSyntax) throws -> (typed: Typed, text: String?) {
        // Multi-line and raw literals are read as Swift reads them (indentation, line continuations,
        // `\#n` escapes) by swift-syntax's own lexer.
        let kind = s.stringLiteralKind
        let plain = kind == .singleLine && s.delimiterLength == 0
        var parts: [Code] = []
        var whole: String? = ""
        for segment in s.segments {
            switch segment {
            case .stringSegment(let text):
                var literal = ""
                if plain {
                    literal = try unescape(text.content.text, text)
                } else if let kind {
                    text.appendUnescapedLiteralValue(stringLiteralKind: kind, delimiterLength: s.delimiterLength, to: &literal)
                }
                whole? += literal
                let v = Value.string(literal)
                parts.append { _ in v }
            case .expressionSegment(let interpolation):
                guard interpolation.expressions.count == 1, let only = interpolation.expressions.first, only.label == nil else {
                    throw unsupported(interpolation, "interpolation with several or labelled expressions")
                }
                whole = nil
                let typed = try expression(only.expression)
                try refuseUnorderedPrinting(typed.type, only.expression)
                let code = typed.code
                parts.append { f in .string(try code(f).description) }
            }
        }
        if parts.isEmpty { return (Typed(type: .string) { _ in .string("") }, whole) }
        if parts.count == 1 { return (Typed(type: .string, code: parts[0]), whole) }
        return (Typed(type: .string) { f in
            var out = ""
            for p in parts { if case .string(let piece) = try p(f) { out += piece } }
            return .string(out)
        }, whole)
    }

    private func unescape(_ raw: String, _ node: some SyntaxProtocol) throws -> String {
        guard raw.contains("\\") else { return raw }
        var out = ""
        var chars = raw.makeIterator()
        while let c = chars.next() {
            guard c == "\\" else {
                out.append(c)
                continue
            }
            switch chars.next() {
            case "n": out += "\n"
            case "t": out += "\t"
            case "r": out += "\r"
            case "0": out += "\0"
            case "\"": out += "\""
            case "'": out += "'"
            case "\\": out += "\\"
            case "u":
                var hex = ""
                _ = chars.next()
                while let h = chars.next(), h != "}" { hex.append(h) }
                guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                    throw error(node, "invalid unicode scalar")
                }
                out.unicodeScalars.append(scalar)
            default: throw error(node, "invalid escape sequence in literal")
            }
        }
        return out
    }

    private func tuple(_ t: TupleExprSyntax, expected: SType?) throws -> Typed {
        let elements = Array(t.elements)
        if elements.count == 1, elements[0].label == nil { return try expression(elements[0].expression, expected: expected) }
        if elements.isEmpty { return Typed(type: .void) { _ in .void } }
        var hints: [SType]?
        if case .tuple(let ts, _)? = expected?.unwrappingOptionals, ts.count == elements.count { hints = ts }
        // An element takes the type expected of it where it can (`(1, 2)` as a `(UInt64, UInt64)`,
        // `nil` as an `Int?`); one that cannot is left for the whole tuple's conversion to refuse.
        let parts = try elements.enumerated().map { i, el -> Typed in
            let part = try expression(el.expression, expected: hints?[i])
            guard let hint = hints?[i], let code = try? coerce(part, to: hint, el.expression) else { return part }
            return Typed(type: hint, code: code)
        }
        let labels = elements.map { $0.label?.text }
        let codes = parts.map(\.code)
        return Typed(type: .tuple(parts.map(\.type), labels: labels)) { f in
            .tuple(TupleValue(elements: try codes.map { try $0(f) }, labels: labels))
        }
    }

    private func arrayLiteral(_ a: ArrayExprSyntax, expected: SType?) throws -> Typed {
        // A literal where an optional is expected is a literal of the wrapped type, then wrapped.
        if case .optional(let wrapped)? = expected { return try arrayLiteral(a, expected: wrapped) }
        // A type of the note that array literals initialise: its `init(arrayLiteral:)`.
        if case .structure(let t)? = expected, t.generic == nil, t.specialisation == nil, t.conformances.contains("ExpressibleByArrayLiteral") {
            // (An empty literal gives the variadic parameter no values, as `T()` does.)
            let elements = a.elements.map(\.expression.trimmedDescription).joined(separator: ", ")
            let call = elements.isEmpty ? "\(t.name)()" : "\(t.name)(arrayLiteral: \(elements))"
            return try expression(synthesized(call, anchor: 0, at: a), expected: expected)
        }
        if case .set(let element)? = expected { return try setLiteral(a, element: element) }
        if let expected, let literal = try linearAlgebraLiteral(a, expected: expected) { return literal }
        var element: SType?
        if case .array(let e)? = expected { element = e }
        // `[Float(0.1), 1.5]`, `[1, k * 2]`, `[[1, 0], [0, k]]`: number literals (and arithmetic
        // and arrays of them) take the type of an element not built of literals, if it is a number
        // (or an array of them). (Elements all built of literals are left to the rules below:
        // `[1 / 2, 3.0 / 4]` mixes types.)
        if element == nil, let type = try numberTypeForLiterals(a.elements.map(\.expression)) { element = type }
        // `[R(3), 1, R(2)]`: number literals take the type of the note's that literals initialise.
        if element == nil, a.elements.contains(where: { isBuiltOfNumberLiterals($0.expression) }),
           let other = a.elements.first(where: { !isBuiltOfNumberLiterals($0.expression) }),
           case .structure(let t)? = try? expression(other.expression).type,
           !t.conformances.isDisjoint(with: ["ExpressibleByIntegerLiteral", "ExpressibleByFloatLiteral"]) {
            element = .structure(t)
        }
        if element == nil, a.elements.contains(where: { isFloatLiteral($0.expression) }) { element = .double }
        // `["a", c]`: string literals take the type of a `Character` or `Substring` element.
        if element == nil, a.elements.contains(where: { $0.expression.is(StringLiteralExprSyntax.self) }),
           let other = a.elements.first(where: { !$0.expression.is(StringLiteralExprSyntax.self) }),
           let type = try? expression(other.expression).type, type.isText {
            element = type
        }
        // `[[], [1.0]]`: an empty literal takes its type from the other elements.
        if element == nil, a.elements.contains(where: { isEmptyCollectionLiteral($0.expression) }),
           let typed = a.elements.first(where: { !isEmptyCollectionLiteral($0.expression) }) {
            element = try expression(typed.expression).type
        }
        // `[nil, 3, 4]`: `nil` among other elements makes them optionals of the others' type.
        if element == nil, a.elements.contains(where: { $0.expression.is(NilLiteralExprSyntax.self) }),
           let typed = a.elements.first(where: { !$0.expression.is(NilLiteralExprSyntax.self) }) {
            let type = try expression(typed.expression).type
            element = type.isOptional ? type : .optional(type)
        }
        if a.elements.isEmpty {
            guard let element else { throw error(a, "empty collection literal requires an explicit type") }
            return Typed(type: .array(element)) { _ in .array([]) }
        }
        var codes: [Code] = [], numbers: [DoubleOperand]? = []
        let inferred = element == nil
        for item in a.elements {
            let typed = try escaping(item.expression, as: .stored) { try expression(item.expression, expected: element) }
            if element == nil, case .nilLiteral = typed.type {
                throw error(item, "'nil' requires a contextual type")
            }
            let type = element ?? typed.type
            element = type
            // Elements of no common type make an `[Any]` where `Any` is expected (`print([1 / 2, 3.0 / 4])`).
            if inferred, !typed.type.conforms(to: type) {
                guard case .any? = expected else {
                    throw error(a, "heterogeneous collection literal could only be inferred to '[Any]'; add explicit type annotation if this is intentional")
                }
                return try arrayLiteral(a, expected: .array(.any))
            }
            codes.append(try coerce(typed, to: type, item.expression))
            if case .double = type, case .double = typed.type { numbers?.append(typed.doubleOperand) } else { numbers = nil }
        }
        let runtime = self.runtime, at = self.at(a)
        if let numbers { return doubleArray(numbers, at) }
        return Typed(type: .array(element!)) { f in
            var out: [Value] = []
            out.reserveCapacity(codes.count)
            for c in codes { out.append(try c(f)) }
            try runtime.checkCount(out.count, at)
            return .array(out)
        }
    }

    private func dictionaryLiteral(_ d: DictionaryExprSyntax, expected: SType?) throws -> Typed {
        // A literal where an optional is expected is a literal of the wrapped type, then wrapped.
        if case .optional(let wrapped)? = expected { return try dictionaryLiteral(d, expected: wrapped) }
        // `KeyValuePairs` (see `standardTypes`) keeps its pairs in order, repeated keys too.
        if case .structure(let t)? = expected, let (template, arguments) = t.specialisation, template.name == "KeyValuePairs",
           template.module == "Swift.", arguments.count == 2 {
            var pairs: [String] = []
            if case .elements(let elements) = d.content {
                pairs = elements.map { "(key: \($0.key.trimmedDescription), value: \($0.value.trimmedDescription))" }
            }
            let text = "KeyValuePairs<\(arguments[0]), \(arguments[1])>(_elements: [\(pairs.joined(separator: ", "))])"
            return try expression(synthesized(text, anchor: 0, at: d), expected: expected)
        }
        var key: SType?, value: SType?
        if case .dictionary(let k, let v)? = expected { (key, value) = (k, v) }
        guard case .elements(let elements) = d.content else {
            guard let key, let value else { throw error(d, "empty collection literal requires an explicit type") }
            return Typed(type: .dictionary(key, value)) { _ in .dictionary(DictionaryValue()) }
        }
        var pairs: [(Code, Code)] = []
        // `["a": 1, "b": k / 2]`: values built of number literals take the type of another value.
        if value == nil, let type = try numberTypeForLiterals(elements.map(\.value)) { value = type }
        for el in elements {
            let k = try expression(el.key, expected: key)
            let v = try expression(el.value, expected: value ?? (isFloatLiteral(el.value) ? .double : nil))
            let (kt, vt) = (key ?? k.type, value ?? v.type)
            (key, value) = (kt, vt)
            pairs.append((try coerce(k, to: kt, el.key), try coerce(v, to: vt, el.value)))
        }
        try requireHashable(key!, d, generic: "Dictionary")
        return Typed(type: .dictionary(key!, value!)) { f in
            var out = DictionaryValue()
            for (k, v) in pairs { out[try k(f)] = try v(f) }
            return .dictionary(out)
        }
    }

    /// For the elements of a collection literal, some built only of number literals (`1`, `-2.5`,
    /// `(1 + 2) / 4`, `[1, 0]`), the type of the first other element if it is a number or an
    /// array of numbers, which those literals take, as in Swift; nil otherwise.
    private func numberTypeForLiterals(_ elements: [ExprSyntax]) throws -> SType? {
        // Arithmetic of literals alone keeps its own type (`[1 / 2, k]` mixes types in Swift).
        guard elements.contains(where: isBuiltOfNumberLiterals),
              !elements.contains(where: { $0.is(SequenceExprSyntax.self) && isBuiltOfNumberLiterals($0) }) else { return nil }
        // Without another element, an array literal holding a fraction (`[[1, 2], [3.5, 4]]`) types the others.
        guard let other = elements.first(where: { !isBuiltOfNumberLiterals($0) })
                ?? elements.first(where: { $0.is(ArrayExprSyntax.self) && $0.tokens(viewMode: .sourceAccurate).contains { if case .floatLiteral = $0.tokenKind { true } else { false } } }),
              let type = try? expression(other).type else { return nil }
        var innermost = type
        while case .array(let e) = innermost { innermost = e }
        return innermost.isNumeric || isFloat(innermost) || fixedWidthKind(innermost) != nil ? type : nil
    }

    /// Whether `e` is built only of number literals: a literal, negated, parenthesised, in
    /// arithmetic, or in array literals of them.
    func isBuiltOfNumberLiterals(_ e: ExprSyntax) -> Bool {
        if isIntegerLiteral(.leaf(e)) || isFloatLiteral(e) { return true }
        if let a = e.as(ArrayExprSyntax.self) { return !a.elements.isEmpty && a.elements.allSatisfy { isBuiltOfNumberLiterals($0.expression) } }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, t.elements.first!.label == nil {
            return isBuiltOfNumberLiterals(t.elements.first!.expression)
        }
        if let s = e.as(SequenceExprSyntax.self) {
            return s.elements.allSatisfy { element in
                if let op = element.as(BinaryOperatorExprSyntax.self) { return ["+", "-", "*", "/"].contains(op.operator.text) }
                return isBuiltOfNumberLiterals(element)
            }
        }
        return false
    }

    /// Whether `e` is `[]` or `[:]`.
    private func isEmptyCollectionLiteral(_ e: ExprSyntax) -> Bool {
        if let a = e.as(ArrayExprSyntax.self) { return a.elements.isEmpty }
        if let d = e.as(DictionaryExprSyntax.self), case .colon = d.content { return true }
        return false
    }

    /// Whether `e` is a floating-point literal, possibly negated or parenthesised.
    func isFloatLiteral(_ e: ExprSyntax) -> Bool {
        if e.is(FloatLiteralExprSyntax.self) { return true }
        if let p = e.as(PrefixOperatorExprSyntax.self) { return isFloatLiteral(p.expression) }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1 { return isFloatLiteral(t.elements.first!.expression) }
        return false
    }

    /// Whether `f` is built only from integer literals, so it takes its type from context.
    func isIntegerLiteral(_ f: Folded) -> Bool {
        switch f {
        case .leaf(let e):
            if e.is(IntegerLiteralExprSyntax.self) { return true }
            if let p = e.as(PrefixOperatorExprSyntax.self) { return isIntegerLiteral(.leaf(p.expression)) }
            if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, t.elements.first!.label == nil {
                return isIntegerLiteral(.leaf(t.elements.first!.expression))
            }
            if let s = e.as(SequenceExprSyntax.self), let inner = try? globalScope.operators.fold(s) { return isIntegerLiteral(inner) }
            return false
        case .infix(let op, _, let l, let r):
            return ["+", "-", "*", "/", "%"].contains(op) && isIntegerLiteral(l) && isIntegerLiteral(r)
        case .ternary, .tried: return false
        }
    }

    // MARK: Names

    /// Compiles a use of `name`: a variable, function, member of `self`, or built-in constant.
    func reference(_ name: String, _ node: Syntax) throws -> Typed {
        switch resolve(name) {
        case .binding(let b)?:
            if let g = b.generic { throw error(node, "generic parameter '\(g.parameterNames[0])' could not be inferred") }
            if b.isOverloaded { throw error(node, "ambiguous use of '\(name)'") }
            if let known = b.known { return Typed(known: known) }
            if let number = numberVariable(b) { return number }
            try refuseEscape(of: b, name, node)
            try refuseEscapingCapture(of: b, name)
            var variable = Typed(type: b.type, code: read(b))
            variable.isArraySlice = b.isArraySlice
            variable.sliceIndexedFromZero = b.sliceIndexedFromZero
            return variable
        case .accessed(let b)?:
            var variable = accessedValue(b, node)
            variable.isArraySlice = b.isArraySlice
            return variable
        case .field(_, let i, let selfBinding)?:
            try requireExplicitSelf(name, isMethod: false, selfBinding, node)
            try refuseEscapingCapture(of: selfBinding, "self")
            let base = read(selfBinding)
            let type = selfBinding.type
            guard case .structure(let s) = type else { break }
            return Typed(type: s.fields[i].type) { f in try base(f).field(i) }
        case .computed(_, let m, let selfBinding)? where m.isMutating:
            try requireExplicitSelf(name, isMethod: false, selfBinding, node)
            // A lazy property of `self` in a struct: reading it may store its value.
            guard selfBinding.isMutable else { throw error(node, "cannot use mutating getter on immutable value: 'self' is immutable") }
            let place = storage(of: selfBinding)
            return invokeMutating(m, place: place, arguments: [], at: at(node))
        case .computed(_, let m, let selfBinding)?:
            try requireExplicitSelf(name, isMethod: false, selfBinding, node)
            return try invokeMethod(m, receiver: Typed(type: selfBinding.type, code: read(selfBinding)), arguments: [], at: at(node))
        case .method?:
            throw unsupported(node, "methods used as values")
        case nil:
            // In a static member, `self` is the type it runs on (in a view, the conforming type).
            if name == "self", let t = staticSelf() { return staticReceiver() ?? metatype(of: .structure(t.opened ?? t)) }
            if let t = staticSelf(), let member = try typeMember(t, name, node, receiver: staticReceiver()) { return member }
            if let (t, isStatic) = enclosingStaticMember(name) {
                guard isStatic else { throw staticMemberOnInstance(name, of: t, node) }
                if let member = try typeMember(t, name, node) { return member }
            }
        }
        if let e = node.as(ExprSyntax.self), let member = try? implicitSelfMember(e, expected: nil) { return member }
        if let builtin = builtinValue(name) { return builtin }
        throw unknownName(name, node)
    }

    // MARK: Operators

    private func prefix(_ p: PrefixOperatorExprSyntax, expected: SType?) throws -> Typed {
        let op = p.operator.text
        // `-[1.0, 2.0]`: only Optim's `-` takes an array literal, as a `Vector`.
        let literal = op == "-" ? optimLiteralType(.leaf(p.expression)) : nil
        let operand = try expression(p.expression, expected: literal ?? expected)
        if let declared = try declaredUnaryOperator("prefix ", op, p.expression, operand, Syntax(p.operator)) { return declared }
        if let range = partialRange("prefix " + op, operand) { return range }
        let code = operand.code, at = self.at(p)
        switch (op, operand.type) {
        case ("-", .int):
            if let i = p.expression.as(IntegerLiteralExprSyntax.self), let v = Int("-" + i.literal.text.replacingOccurrences(of: "_", with: "")) {
                return Typed(constant: v)
            }
            return Typed(type: .int) { f in
                guard case .int(let x) = try code(f) else { return .void }
                let (v, overflow) = Int(0).subtractingReportingOverflow(x)
                if overflow { throw InterpreterError(message: "arithmetic overflow in unary '-'", at: at) }
                return .int(v)
            }
        case ("-", .double):
            if let c = operand.constant { return Typed(constant: -c) }
            if let k = operand.known { return Typed(known: -k) }
            let x = operand.double
            return Typed(double: { f in -(try x(f)) })
        case ("-", .vector), ("-", .matrix), ("-", .jet):
            return Typed(type: operand.type) { f in negate(try code(f)) }
        case ("-", .native), ("~", .native):
            return try numberPrefixOperator(op, operand, p)
        case ("+", .int), ("+", .double):
            return operand
        case ("~", .int):
            return Typed(type: .int) { f in
                guard case .int(let x) = try code(f) else { return .void }
                return .int(~x)
            }
        case ("!", .bool):
            return Typed(type: .bool) { f in
                guard case .bool(let x) = try code(f) else { return .void }
                return .bool(!x)
            }
        default:
            throw error(p, "unary operator '\(op)' cannot be applied to an operand of type '\(operand.type)'")
        }
    }

    /// Compiles a folded operator tree.
    func folded(_ f: Folded, expected: SType?) throws -> Typed {
        switch f {
        case .leaf(let e):
            return try expression(e, expected: expected)
        case .ternary(let c, let then, let otherwise, let node):
            return try ternary(c, then, otherwise, node: node, expected: expected)
        case .tried(let t, let covered):
            return try tryExpression(t, expected: expected) { try self.folded(covered, expected: $0) }
        case .infix(let op, let opNode, let lhs, let rhs):
            switch op {
            case "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*=", "&<<=", "&>>=":
                return try assignment(op, lhs, rhs, opNode)
            case "is", "as", "as?", "as!":
                return try cast(op, lhs, rhs, opNode)
            case "&&", "||":
                let l = try folded(lhs, expected: .bool), r = try folded(rhs, expected: .bool)
                try require(l.type, .bool, opNode)
                try require(r.type, .bool, opNode)
                let (lc, rc) = (l.code, r.code)
                if op == "&&" { return Typed(type: .bool) { f in try lc(f) == .bool(true) ? try rc(f) : .bool(false) } }
                return Typed(type: .bool) { f in try lc(f) == .bool(true) ? .bool(true) : try rc(f) }
            case "??":
                if case .any? = expected, let chained = try anyCoalescing(lhs, rhs) { return chained }
                var l = try folded(lhs, expected: expected.map { .optional($0) })
                // The left side converts to the type the context expects (`found.map { ($0, 1) } ?? (nil, 0)`
                // as an `(Int?, Int)`), which the right side is then compiled as.
                if let expected, !expected.containsAny, case .optional(let w) = l.type, w.conforms(to: expected),
                   conversion(from: w, to: expected, at: at(opNode)) != nil, let code = try? coerce(l, to: .optional(expected), opNode) {
                    l = Typed(type: .optional(expected), code: code)
                }
                // A value that is not optional is its own result, its fallback never used (swiftc warns).
                guard case .optional(let wrapped) = l.type else {
                    let r = try folded(rhs, expected: l.type)
                    _ = try coerce(r, to: l.type, opNode)
                    return l
                }
                var r = try folded(rhs, expected: wrapped)
                // A number literal of the wrapped type (`floats.first ?? 2.5` is a `Float`).
                if !r.type.conforms(to: wrapped), let node = rhs.node, let number = try numberLiteral(r, to: wrapped, node) {
                    r = Typed(type: wrapped, code: number)
                }
                let (lc, rc) = (l.code, try coerce(r, to: r.type.conforms(to: wrapped) ? wrapped : l.type, opNode))
                return Typed(type: r.type.conforms(to: wrapped) ? wrapped : l.type) { f in
                    if case .some(let v) = try lc(f) { return v }
                    return try rc(f)
                }
            // Integer literals are `Double`s where a `ClosedRange<Double>` or `Range<Double>` is expected.
            case _ where ["...", "..<"].contains(op) && {
                if case .native(let t)? = expected { t === (op == "..." ? bindings.doubleRange : bindings.halfOpenDoubleRange) } else { false }
            }():
                let (l, r) = (try folded(lhs, expected: .double), try folded(rhs, expected: .double))
                return try binaryOperator(op, lhs, rhs, l, r, opNode)
            case "==", "!=":
                if lhs.isNilLiteral != rhs.isNilLiteral, let comparison = try nilComparison(op, lhs.isNilLiteral ? rhs : lhs) {
                    return comparison
                }
                let (l, r) = try operands(lhs, rhs, hint: nil)
                return try binaryOperator(op, lhs, rhs, l, r, opNode)
            case "...", "..<":
                let (l, r) = try operands(lhs, rhs, hint: nil)
                do {
                    return try binaryOperator(op, lhs, rhs, l, r, opNode)
                } catch let e as InterpreterError {
                    // Ranges hold `Int`s, `Double`s and text here, not the other number types.
                    if let other = [l.type, r.type].first(where: { fixedWidthKind($0) != nil || isFloat($0) }) {
                        throw unsupported(opNode, "ranges of '\(other)'; write a range of 'Int' and convert its values ('\(other)(i)')")
                    }
                    throw e
                }
            default:
                if let declared = try declaredOperatorOnClosure(op, lhs, rhs, opNode) { return declared }
                // Literals take the context's type through arithmetic, bitwise and shift operators
                // (`let mask: UInt64 = 1 << 40`), as in Swift.
                let arithmetic = ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&+", "&-", "&*", "&<<", "&>>"].contains(op)
                // A sum of array literals of numbers that converts to `Any` (a printed item)
                // adds Optim's `Vector`s (rows of them, `Matrix`es): swiftc ranks that operator
                // first there, and joins `Array`s elsewhere.
                // (With Foundation imported, a sum of arrays of integer literals alone stays an
                // `[Int]`'s join.)
                if op == "+", expected.map({ if case .optional(let w) = $0 { w.isExactly(.any) } else { $0.isExactly(.any) } }) == true,
                   let type = optimLiteralType(f), type.isExactly(.matrix) || !isIntegerArraySum(f) {
                    return try folded(f, expected: type)
                }
                var typed: (Typed, Typed)?
                do {
                    let (l, r) = try operands(lhs, rhs, hint: arithmetic ? expected : nil)
                    typed = (l, r)
                    return try binaryOperator(op, lhs, rhs, l, r, opNode, expected: expected)
                } catch let e as InterpreterError where arithmetic {
                    // `[1.0, 2.0] * 2`, `[[1, 0], [0, 1]] * [1.0, 2.0]`: only Optim's operators take
                    // array literals of numbers, as `Vector`s (rows of them as a `Matrix`).
                    let (lk, rk) = (optimLiteralType(lhs), optimLiteralType(rhs))
                    if ["-", "*", "/"].contains(op), lk != nil || rk != nil, let optim = try? {
                        let (l, r) = if let lk, let rk { (try folded(lhs, expected: lk), try folded(rhs, expected: rk)) }
                            else { try operands(lhs, rhs, hint: lk ?? rk) }
                        return try binaryOperator(op, lhs, rhs, l, r, opNode)
                    }() {
                        return optim
                    }
                    guard let (l, r) = typed else { throw e }
                    // `0.5 * x.map { $0 > 0 ? 1 : -1 }` of a `Vector` `x`: Swift takes Vector's own
                    // `map`, of `Double`s, which the operator takes.
                    for (side, isLeft) in [(lhs, true), (rhs, false)] {
                        guard let leaf = side.leaf, isVectorMapTypedByContext(leaf),
                              let mapped = try? folded(side, expected: .vector),
                              let retried = try? binaryOperator(op, lhs, rhs, isLeft ? mapped : l, isLeft ? r : mapped, opNode, expected: expected)
                        else { continue }
                        return retried
                    }
                    // `0.5 / t` for an `Int` `t` where a `Double` is expected: swiftc takes the
                    // operator of the expected type, which the literal fits and `t` does not.
                    for (literal, other, typed) in [(lhs, rhs, r), (rhs, lhs, l)] {
                        guard let expected, expected.isExactly(.double), let l = literal.leaf, isFloatLiteral(l),
                              typed.type.isExactly(.int), let node = other.node else { continue }
                        throw error(node, "cannot convert value of type 'Int' to expected argument type 'Double'")
                    }
                    throw e
                }
            }
        }
    }

    /// Whether `e` is `v.map { … }` of a `Vector` `v` whose closure's results take their type
    /// from context (literals), which Swift types as Vector's own `map` where an operator needs it.
    private func isVectorMapTypedByContext(_ e: ExprSyntax) -> Bool {
        guard let call = e.unparenthesized.as(FunctionCallExprSyntax.self), let m = call.calledExpression.as(MemberAccessExprSyntax.self),
              m.declName.baseName.text == "map", let base = m.base, let closure = call.trailingClosure.map(ExprSyntax.init) ?? call.arguments.first?.expression
        else { return false }
        return closureResultNeedsContext(closure) && (try? expression(base).type)?.isExactly(.vector) == true
    }

    /// The Optim type Swift can give `f` as a literal: `.vector` for an array literal of numbers
    /// (number literals or `Double`s), `.matrix` for one of such rows, either for a sum of them;
    /// nil for anything else.
    func optimLiteralType(_ f: Folded) -> SType? {
        switch f {
        case .leaf(let e):
            let inner = e.unparenthesized
            guard let a = inner.as(ArrayExprSyntax.self), !a.elements.isEmpty else { return nil }
            if a.elements.allSatisfy({ optimLiteralType(.leaf($0.expression))?.isExactly(.vector) == true }) { return .matrix }
            let numbers = a.elements.allSatisfy { isBuiltOfNumberLiterals($0.expression) || (try? expression($0.expression).type)?.isExactly(.double) == true }
            return numbers ? .vector : nil
        case .infix("+", _, let l, let r):
            guard let type = optimLiteralType(l), let other = optimLiteralType(r), type.isExactly(other) else { return nil }
            return type
        default:
            return nil
        }
    }

    /// Whether `f` is an array literal of integer literals, or a sum of them.
    private func isIntegerArraySum(_ f: Folded) -> Bool {
        switch f {
        case .leaf(let e):
            let inner = e.unparenthesized
            return inner.as(ArrayExprSyntax.self)?.elements.allSatisfy { isIntegerLiteral(.leaf($0.expression)) } == true
        case .infix("+", _, let l, let r): return isIntegerArraySum(l) && isIntegerArraySum(r)
        default: return false
        }
    }

    /// `chain?.member ?? literal` where `Any` is expected (a printed item), when the literal's own
    /// type is not the chain's: swiftc converts the chain's value to `Any` inside the chain (or
    /// the result of `optional.map { … }`'s closure, or of `try?`), so the literal keeps its default type
    /// (`print(run?.loss ?? 0)` prints `0`, not `0.0`), unless the chain ends in a member that is
    /// optional itself (`print(xs?.first ?? 0)` prints `0.0`); nil for other operands, which
    /// coalesce as usual.
    private func anyCoalescing(_ lhs: Folded, _ rhs: Folded) throws -> Typed? {
        let isClosureMap = { (e: ExprSyntax) -> Bool in
            guard let call = e.as(FunctionCallExprSyntax.self), let m = call.calledExpression.as(MemberAccessExprSyntax.self) else { return false }
            return ["map", "flatMap"].contains(m.declName.baseName.text)
                && (call.trailingClosure != nil || call.arguments.first?.expression.is(ClosureExprSyntax.self) == true)
        }
        // `(try? f()) ?? 0` converts the same way.
        let isOptionalTry = { (e: ExprSyntax) -> Bool in
            var inner = e.unparenthesized
            // (`(try? f() + 1)`: it covers the operations after it.)
            if let s = inner.as(SequenceExprSyntax.self), let first = s.elements.first { inner = first }
            return inner.as(TryExprSyntax.self)?.questionOrExclamationMark?.tokenKind == .postfixQuestionMark
        }
        guard let chain = lhs.leaf, Self.hasChainingMark(chain) || isClosureMap(chain) || isOptionalTry(chain), let literal = rhs.leaf,
              isIntegerLiteral(rhs) || isFloatLiteral(literal) || literal.is(StringLiteralExprSyntax.self) || literal.is(BooleanLiteralExprSyntax.self)
        else { return nil }
        let (l, r) = (try expression(chain), try expression(literal))
        guard case .optional(let wrapped) = l.type, !r.type.isExactly(wrapped) else { return nil }
        let (lc, rc, literalType) = (l.code, r.code, r.type)
        // Where the chain ends in a member that is optional itself (`y?.first` of a `[Double]?`,
        // `d[k]?.max()`), the wrapped type takes a number literal (`y?.first ?? -1` is a `Double`).
        if isIntegerLiteral(rhs) || isFloatLiteral(literal), Self.endsInOptionalMember(chain),
           let fallback = wrapped.isExactly(.double) ? try expression(literal, expected: .double).code : try? numberLiteral(r, to: wrapped, literal) {
            return Typed(type: wrapped) { f in
                if case .some(let v) = try lc(f) { return v }
                return try fallback(f)
            }
        }
        return Typed(type: .any) { f in
            if case .some(let v) = try lc(f) { return .existential(Existential(v, wrapped)) }
            return .existential(Existential(try rc(f), literalType))
        }
    }

    /// Whether the optional chain `e` ends in one of the standard collections' members that are
    /// optional themselves (`xs?.first`, `d[k]?.max()`).
    private static func endsInOptionalMember(_ e: ExprSyntax) -> Bool {
        let member = e.as(MemberAccessExprSyntax.self) ?? e.as(FunctionCallExprSyntax.self)?.calledExpression.as(MemberAccessExprSyntax.self)
        guard let member, member.base?.is(OptionalChainingExprSyntax.self) == true else { return false }
        return ["first", "last", "min", "max", "randomElement", "firstIndex", "lastIndex", "popLast"].contains(member.declName.baseName.text)
    }

    /// Compiles two operands so that a bare literal takes the other side's type. The right side
    /// is looked at first: in a long left-leaning chain such as `1 + 1 + … + 1` it is one literal,
    /// so the chain is not walked again at every level.
    func operands(_ lhs: Folded, _ rhs: Folded, hint: SType?) throws -> (Typed, Typed) {
        // A string literal on the left takes the right side's type too (`"a" == c` of a `Character`).
        func takesType(_ f: Folded) -> Bool { isIntegerLiteral(f) || f.leaf?.is(StringLiteralExprSyntax.self) == true }
        if !takesType(rhs), takesType(lhs) {
            let r = try folded(rhs, expected: hint)
            return (try literalOfNoteType(try folded(lhs, expected: r.type), lhs, r.type), r)
        }
        var l = try folded(lhs, expected: hint)
        // A number literal takes a `Float` or fixed-width type the context gives (`let m: UInt64 = 1 << 40`).
        if let hint, let node = lhs.node, let number = try numberLiteral(l, to: hint, node) { l = Typed(type: hint, code: number) }
        return (l, try literalOfNoteType(try folded(rhs, expected: l.type), rhs, l.type))
    }

    /// `operand`, a number literal beside a value of a type of the note that literals initialise
    /// (`x == 5` for an `ExpressibleByIntegerLiteral` `x`), as a value of that type; else as it is.
    private func literalOfNoteType(_ operand: Typed, _ f: Folded, _ other: SType) throws -> Typed {
        guard case .structure = other, let node = f.leaf, let number = try numberLiteral(operand, to: other, node) else { return operand }
        return Typed(type: other, code: number)
    }

    private func ternary(_ c: Folded, _ then: ExprSyntax, _ otherwise: Folded, node: Syntax, expected: SType?) throws -> Typed {
        let condition = try folded(c, expected: .bool)
        try require(condition.type, .bool, node)
        var (a, b) = try operands(.leaf(then), otherwise, hint: expected)
        // `nil` in either branch takes the optional of the other branch's type, or the context's.
        switch (a.type, b.type) {
        case (.nilLiteral, .nilLiteral):
            guard case .optional? = expected else { throw error(then, "'nil' requires a contextual type") }
            (a, b) = (Typed(type: expected!, code: a.code), Typed(type: expected!, code: b.code))
        case (.nilLiteral, _): a = Typed(type: .optional(b.type), code: a.code)
        case (_, .nilLiteral): b = Typed(type: .optional(a.type), code: b.code)
        default: break
        }
        // A number literal in one branch takes the other's `Float` or fixed-width type
        // (`seed == 0 ? 0x2545F4914F6CDD1D : seed` with a `UInt64` seed).
        if let node = otherwise.node, let number = try numberLiteral(b, to: a.type, node) {
            b = Typed(type: a.type, code: number)
        } else if let number = try numberLiteral(a, to: b.type, then) {
            a = Typed(type: b.type, code: number)
        }
        var type = b.type.conforms(to: a.type) ? a.type : b.type
        // Two types the context's existential holds both of (`fast ? E() : C()` as an `any Sched`).
        if !a.type.conforms(to: type), let expected, a.type.conforms(to: expected), b.type.conforms(to: expected) { type = expected }
        guard a.type.conforms(to: type) else {
            // swiftc reports it at the first result.
            throw error(then, "result values in '? :' expression have mismatching types '\(a.type)' and '\(b.type)'")
        }
        let (cc, ac, bc) = (condition.code, try coerce(a, to: type, then), try coerce(b, to: type, node))
        return Typed(type: type) { f in try cc(f) == .bool(true) ? try ac(f) : try bc(f) }
    }
}
