import SwiftSyntax

/// Methods and properties of arrays, ranges, strings, dictionaries and numbers.
extension Compiler {
    /// Compiles a function argument (a closure, a function name, or `<`/`>`) of the given shape;
    /// a nil `result` is inferred from a closure's body. The standard library's functions taking
    /// one rethrow its errors: a throwing one makes the call one to mark with `try`.
    func functionArgument(_ e: ExprSyntax, _ params: [SType], _ result: SType?) throws -> (result: SType, code: Code) {
        let (argument, throwing) = try functionArgumentValue(e, params, result)
        if throwing { try checkThrowingArgument(e) }
        return argument
    }

    /// Whether `e` is a closure whose results take their type from context: a literal, `nil`, an
    /// implicit member (`.active(gap: x)`, `.init(x: $0)`) or a closure, also as a branch of `?:`,
    /// as its one expression or in a `return`.
    func closureResultNeedsContext(_ e: ExprSyntax) -> Bool {
        guard let closure = e.as(ClosureExprSyntax.self) else { return false }
        func needsContext(_ x: ExprSyntax) -> Bool {
            // `c ? a : b`, unfolded: `c`, `? a :`, `b`.
            if let s = x.as(SequenceExprSyntax.self), let ternary = s.elements.lazy.compactMap({ $0.as(UnresolvedTernaryExprSyntax.self) }).first {
                return needsContext(ternary.thenExpression) || s.elements.last.map(needsContext) == true
            }
            let member = x.as(MemberAccessExprSyntax.self) ?? x.as(FunctionCallExprSyntax.self)?.calledExpression.as(MemberAccessExprSyntax.self)
            // (A closure that makes a closure, `{ n in { $0 + n } }`, takes its parameters' types from the context.)
            return member?.base == nil && member != nil || x.is(NilLiteralExprSyntax.self) || isIntegerLiteral(.leaf(x)) || isFloatLiteral(x)
                || x.is(ClosureExprSyntax.self)
        }
        if closure.statements.count == 1, case .expr(let x) = closure.statements.first!.item { return needsContext(x) }
        return Self.returnedExpressions(Syntax(closure.statements)).contains(where: needsContext)
    }

    /// `functionArgument`'s value, and whether the function it gives may throw.
    private func functionArgumentValue(_ e: ExprSyntax, _ params: [SType], _ result: SType?) throws -> ((result: SType, code: Code), Bool) {
        let canThrow = { (type: SType) -> Bool in if case .function(_, _, .throwing) = type { true } else { false } }
        if let c = e.as(ClosureExprSyntax.self) {
            let t = try closure(c, parameters: params, result: result)
            guard case .function(_, let r, _) = t.type else { return ((.void, t.code), false) }
            return ((r, t.code), canThrow(t.type))
        }
        if let r = e.as(DeclReferenceExprSyntax.self), ["<", ">"].contains(r.baseName.text), params.count == 2 {
            let ascending = r.baseName.text == "<"
            if case .structure(let t) = params[0] {
                // A type of the note: its own `<` (and `>` as `<` reversed, as `Comparable` gives),
                // unless it declares the operator named, found below.
                if let order = declaredOrder(params[0], at: at(e)), ascending || !t.methods.keys.contains(where: { $0.hasPrefix(">(") }) {
                    let callable = Value.function(Callable { args in .bool(try ascending ? order(args[0], args[1]) : order(args[1], args[0])) })
                    return ((.bool, { _ in callable }), false)
                }
            } else {
                let callable = Value.function(Callable { args in .bool(ascending ? less(args[0], args[1]) : less(args[1], args[0])) })
                return ((.bool, { _ in callable }), false)
            }
        }
        // `+`, `-` or `*` of the standard and Optim types (`xs.reduce(Jet(0), +)`); a note's type's
        // own operators are referenced below.
        if let r = e.as(DeclReferenceExprSyntax.self), ["+", "-", "*"].contains(r.baseName.text), params.count == 2,
           params[0].conforms(to: params[1]), params[1].conforms(to: params[0]), !params[0].isNoteType {
            let (op, node) = (r.baseName.text, Syntax(e))
            let operation: (Value, Value) throws -> Value
            do {
                operation = try linearAlgebraCompound(op, params[0], params[1], node) ?? compoundOperation(op, params[0], node)
            } catch {
                throw self.error(e, "binary operator '\(op)' cannot be applied to two '\(params[0])' operands")
            }
            let callable = Value.function(Callable { args in try operation(args[0], args[1]) })
            return ((params[0], { _ in callable }), false)
        }
        // A prefix operator as a function of one value (`xs.map(-)`, `flags.map(!)`): `{ -$0 }`.
        // (A pair's elements, `zip(a, b).map(-)`, take the binary operator.)
        if let r = e.as(DeclReferenceExprSyntax.self), ["-", "!", "~"].contains(r.baseName.text), params.count == 1, !params[0].isTuple,
           let negation = synthesized("{ \(r.baseName.text)$0 }", anchor: 2, at: e).as(ClosureExprSyntax.self) {
            return try functionArgumentValue(ExprSyntax(negation), params, result)
        }
        if let t = try functionReference(e, parameters: params, result: result), case .function(_, let r, _) = t.type {
            return ((r, t.code), canThrow(t.type))
        }
        let t = try expression(e)
        // A function of the tuple's parts where a function of one tuple is expected
        // (`zip(xs, ys).map(f)` with `f: (T, U) -> V`) takes the tuple's elements, as in Swift.
        if params.count == 1, case .tuple(let parts, _) = params[0], case .function(let ps, let r, _) = t.type, ps.count == parts.count, ps.count > 1,
           zip(parts, ps).allSatisfy({ $0.conforms(to: $1) }), result.map({ r.conforms(to: $0) }) ?? true {
            let (code, runtime, at) = (t.code, self.runtime, self.at(e))
            return ((r, { f in
                guard case .function(let g) = try code(f) else { return .void }
                return .function(Callable { args in
                    guard case .tuple(let tuple) = args[0] else { return .void }
                    return try runtime.call(g, arguments: tuple.elements, at)
                })
            }), canThrow(t.type))
        }
        guard case .function(let ps, let r, _) = t.type, ps.count == params.count,
              zip(params, ps).allSatisfy({ $0.conforms(to: $1) }), result.map({ r.conforms(to: $0) }) ?? true else {
            throw error(e, "cannot convert value of type '\(t.type)' to expected argument type '\(SType.function(params, result ?? .void))'")
        }
        return ((r, t.code), canThrow(t.type))
    }

    /// An integer range as the array of its elements, for array methods; any other value as it is.
    func elements(_ base: Typed, _ at: SourcePoint) -> Typed {
        guard case .range = base.type else { return base }
        return sequenceView(base, at) ?? base
    }

    /// A sequence as the array of its elements, in the order Swift iterates them: an array as it
    /// is, a `Vector`'s `Double`s, a range's integers, a string's characters, a set's members, a dictionary's
    /// `(key, value)` pairs; nil for a value that is no sequence.
    func sequenceView(_ base: Typed, _ at: SourcePoint) -> Typed? {
        let (code, runtime) = (base.code, self.runtime)
        switch base.type {
        case .array: return base
        case .set(let e): return Typed(type: .array(e), code: code)
        case .vector:
            return Typed(type: .array(.double)) { f in
                guard case .vector(let v) = try code(f) else { return .void }
                return .doubles(v.scalars)
            }
        case .range:
            return Typed(type: .array(.int)) { f in
                guard case .range(let r) = try code(f) else { return .void }
                try runtime.checkCount(r.count ?? .max, at)
                return .array(r.span?.map { .int($0) } ?? [])
            }
        case .string, .substring:
            return Typed(type: .array(.character)) { f in
                guard case .string(let s) = try code(f) else { return .void }
                return .array(s.map { .string(String($0)) })
            }
        case .dictionary(let k, let v):
            return Typed(type: .array(.tuple([k, v], labels: ["key", "value"]))) { f in
                guard case .dictionary(let d) = try code(f) else { return .void }
                return .array(zip(d.keys, d.values).map { .tuple(TupleValue(elements: [$0, $1], labels: ["key", "value"])) })
            }
        case .structure: return noteSequenceArray(base, at)
        case .native(let t):
            guard let (element, elements) = t.sequence else { return nil }
            return Typed(type: .array(element)) { f in
                guard case .object(let o) = try code(f) else { return .void }
                return .array(elements(o.value))
            }
        default: return nil
        }
    }

    /// The methods of Swift's `Sequence` (and, for strings and ranges, `BidirectionalCollection`)
    /// that leave the receiver unchanged, which strings, sets, dictionaries and ranges share with
    /// arrays.
    private static let sequenceMethods: Set<String> = [
        "map", "filter", "compactMap", "flatMap", "forEach", "reduce", "allSatisfy", "contains", "first", "last", "min",
        "max", "sorted", "enumerated", "count", "elementsEqual", "shuffled", "randomElement", "reversed", "joined", "starts",
    ]

    /// Compiles a `Sequence` method called on a string, set or dictionary: the array's
    /// implementation runs on its elements (see `sequenceView`), and `filter` gives back the
    /// receiver's own type, a `String`, `Set` or `Dictionary`, as Swift's does. Nil when `name` is
    /// no such method of the receiver.
    func sequenceMethod(_ baseExpr: ExprSyntax, _ base: Typed, _ name: String, _ args: [Argument],
                        _ c: FunctionCallExprSyntax, expected: SType? = nil) throws -> Typed? {
        guard Self.sequenceMethods.contains(name), let view = sequenceView(base, at(c)) else { return nil }
        let byPredicate = args.count == 1 && (args[0].isTrailingClosure || args[0].label == "where")
        switch name {
        // `contains(_:)` of a string or set is their own; a dictionary's pairs are not Equatable.
        case "contains", "count": guard byPredicate else { return nil }
        // Sets and dictionaries have no last element, and their `first` is a property.
        case "first": guard byPredicate else { return nil }
        case "last": guard byPredicate, base.type.isStringProtocol else { return nil }
        // A string's elements are Characters, which `joined()` does not take.
        case "joined": if base.type.isStringProtocol { return nil }
        default: break
        }
        guard let shared = try builtinMethod(baseExpr, view, name, args, c, expected: expected)
            ?? libraryMethod(baseExpr, view, name, args, c, expected: expected) else { return nil }
        guard name == "filter" else { return shared }
        let kept = shared.code
        switch base.type {
        case .string, .substring:
            return Typed(type: .string) { f in
                guard case .array(let xs) = try kept(f) else { return .void }
                return .string(xs.map(\.description).joined())
            }
        case .set:
            return Typed(type: base.type, code: kept)
        case .dictionary:
            return Typed(type: base.type) { f in
                guard case .array(let pairs) = try kept(f) else { return .void }
                var d = DictionaryValue()
                for case .tuple(let pair) in pairs { d[pair.elements[0]] = pair.elements[1] }
                return .dictionary(d)
            }
        default:
            return shared
        }
    }

    /// The labels of a call of the standard library's method `method` with `args`: a trailing
    /// closure takes the label of the method's closure parameter (`prefix { … }` is `prefix(while:)`).
    static func labels(of args: [Argument], method: String) -> [String?] {
        let closureLabel: String? = switch method {
        case "contains", "first", "last", "firstIndex", "lastIndex", "count", "removeAll": "where"
        case "prefix", "drop": "while"
        case "sorted", "sort", "min", "max", "elementsEqual", "partition": "by"
        case "split": "whereSeparator"
        case "merge", "merging": "uniquingKeysWith"
        default: nil
        }
        return args.map { $0.isTrailingClosure ? closureLabel : $0.label }
    }

    /// `prefix`, `suffix`, `dropFirst` or `dropLast` of a half-open range, which is its own
    /// `SubSequence` (`(0..<5).dropLast()` is `0..<4`); nil for anything else.
    private func halfOpenRangeSlice(_ base: Typed, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        guard case .range(closed: false) = base.type, ["prefix", "suffix", "dropFirst", "dropLast"].contains(name), args.count <= 1,
              args.first?.label == nil, args.first?.isTrailingClosure != true, name.hasPrefix("drop") || !args.isEmpty else { return nil }
        let (code, at) = (base.code, self.at(c))
        let count = try args.first.map { try expression($0.expression, as: .int) } ?? { _ in .int(1) }
        let message = name.hasPrefix("drop") ? "Can't drop a negative number of elements from a collection"
            : "Can't take a \(name) of negative length from a collection"
        return Typed(type: base.type) { f in
            guard case .range(let r) = try code(f), case .int(let k) = try count(f) else { return .void }
            guard k >= 0 else { throw InterpreterError(message: message, at: at) }
            // At most the range's elements (of which there may be more than `Int.max`).
            let (lower, upper, n) = (r.lower, r.upper, min(k, r.count ?? .max))
            switch name {
            case "prefix": return .range(RangeValue(lower: lower, upper: lower + n, closed: false))
            case "suffix": return .range(RangeValue(lower: upper - n, upper: upper, closed: false))
            case "dropFirst": return .range(RangeValue(lower: lower + n, upper: upper, closed: false))
            default: return .range(RangeValue(lower: lower, upper: upper - n, closed: false))
            }
        }
    }

    /// The types an integer literal accumulator of `reduce` may take besides `type`, its default,
    /// when the closure does not compile with that: the context's, then `Double`.
    private func numberCandidates(_ expected: SType?, besides type: SType) -> [SType] {
        ([expected].compactMap { $0 } + [.double]).filter { $0.isNumeric && !$0.isExactly(type) }
    }

    /// The array types an array literal accumulator of `reduce` over elements `e` may take: the
    /// context's, the elements' (arrays joined), an array of the elements.
    private func accumulatorArrays(_ expected: SType?, element e: SType) -> [SType] {
        ([expected].compactMap { $0 } + [e, .array(e)]).filter { if case .array = $0 { !$0.containsAny } else { false } }
    }

    /// `reduce(into:)` of the elements `array` reads, from `initial`, with the closure `g`, whose
    /// first parameter is the accumulator.
    private func reduceInto(_ initial: Typed, _ g: Typed, _ array: @escaping (Frame) throws -> [Value], _ at: SourcePoint) -> Typed {
        let runtime = self.runtime
        return Typed(type: initial.type) { f in
            let xs = try array(f)
            guard case .function(let callable) = try g.code(f), let code = callable.code else { return .void }
            var acc = try initial.code(f)
            for x in xs {
                // The accumulator moves into the frame and back, so it is mutated in place.
                let frame = Frame(count: code.slotCount, parent: callable.captured)
                frame.slots[0] = acc
                acc = .void
                frame.slots[1] = x
                _ = try runtime.invoke(code, frame, at)
                acc = frame.slots[0]
            }
            return acc
        }
    }

    /// Compiles a built-in method call, or returns nil if there is none by that name.
    func builtinMethod(_ baseExpr: ExprSyntax, _ base: Typed, _ name: String, _ args: [Argument],
                       _ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed? {
        let (runtime, at) = (self.runtime, self.at(c))
        let labels = Self.labels(of: args, method: name)
        if let slice = try halfOpenRangeSlice(base, name, args, c) { return slice }
        let receiverType = base.type
        let receiverIsArray = { if case .array = receiverType { !base.isArraySlice } else { false } }()
        var base = base
        if name != "contains" || labels == ["where"] { base = elements(base, at) }
        let code = base.code
        /// Reads the receiver as an array.
        func array(_ f: Frame) throws -> [Value] {
            guard case .array(let a) = try code(f) else { return [] }
            return a
        }
        /// Compiles the only argument, with `label`.
        func only(_ label: String?, _ type: SType?) throws -> Typed {
            guard args.count == 1, args[0].label == label else {
                throw error(c, "'\(name)' takes one argument\(label.map { " labelled '\($0):'" } ?? "")")
            }
            let t = try expression(args[0].expression, expected: type)
            if let type { return Typed(type: type, code: try coerce(t, to: type, args[0].expression)) }
            return t
        }
        /// Compiles the only argument as a function.
        func fn(_ params: [SType], _ result: SType?) throws -> (result: SType, code: Code) {
            guard args.count == 1 else { throw error(c, "'\(name)' takes one function argument") }
            return try functionArgument(args[0].expression, params, result)
        }
        /// Calls a function value with one element.
        func apply(_ g: Value, _ x: Value) throws -> Value {
            guard case .function(let callable) = g else { return .void }
            return try runtime.call(callable, x, at)
        }
        func apply(_ g: Value, _ x: Value, _ y: Value) throws -> Value {
            guard case .function(let callable) = g else { return .void }
            return try runtime.call(callable, x, y, at)
        }

        switch base.type {
        case .range where name == "contains" && labels == [nil]:
            let x = try only(nil, .int).code
            return Typed(type: .bool) { f in
                guard case .range(let r) = try code(f), case .int(let v) = try x(f) else { return .void }
                return .bool(r.contains(v))
            }
        case .array(let e):
            switch (name, labels) {
            // An array's indices are its offsets: `index(after: i)` is `i + 1`, trapping on overflow as Swift's.
            case ("index", ["after"]) where receiverIsArray, ("index", ["before"]) where receiverIsArray,
                 ("index", [nil, "offsetBy"]) where receiverIsArray:
                let operands = try args.map { try expression($0.expression, as: .int) }
                let step = labels == ["after"] ? 1 : labels == ["before"] ? -1 : nil
                return Typed(type: .int) { f in
                    guard case .int(let i) = try operands[0](f) else { return .void }
                    let distance = try step ?? operands[1](f).int
                    let (index, overflow) = i.addingReportingOverflow(distance)
                    if overflow { throw InterpreterError(message: "arithmetic overflow", at: at) }
                    return .int(index)
                }
            case ("map", _):
                // `weights.map { _ in 1 }` for a `[Double]`, `xs.map { .init(x: $0) }` for a `[P]`: a
                // closure giving a literal or an implicit member gives the element the context expects.
                let contextual = args.last.map { closureResultNeedsContext($0.expression) } ?? false
                let g = try fn([e], contextual ? expected.flatMap { if case .array(let r) = $0, !r.containsAny { r } else { nil } } : nil)
                return Typed(type: .array(g.result)) { f in
                    let (xs, h) = (try array(f), try g.code(f))
                    return .array(try xs.map { try apply(h, $0) })
                }
            case ("filter", _):
                let g = try fn([e], .bool)
                return Typed(type: base.type) { f in
                    let (xs, h) = (try array(f), try g.code(f))
                    return .array(try xs.filter { try apply(h, $0) == .bool(true) })
                }
            case ("forEach", _):
                let g = try fn([e], .void)
                return Typed(type: .void) { f in
                    let (xs, h) = (try array(f), try g.code(f))
                    for x in xs { _ = try apply(h, x) }
                    return .void
                }
            case ("allSatisfy", _), ("contains", ["where"]), ("first", ["where"]), ("firstIndex", ["where"]), ("last", ["where"]):
                let g = try fn([e], .bool)
                let kind = name + (labels.first.flatMap { $0 } ?? "")
                let type: SType = switch kind {
                case "firstwhere", "lastwhere": .optional(e)
                case "firstIndexwhere": .optional(.int)
                default: .bool
                }
                return Typed(type: type) { f in
                    let (xs, h) = (try array(f), try g.code(f))
                    switch kind {
                    case "allSatisfy": return .bool(try xs.allSatisfy { try apply(h, $0) == .bool(true) })
                    case "containswhere": return .bool(try xs.contains { try apply(h, $0) == .bool(true) })
                    case "firstwhere": return try xs.first { try apply(h, $0) == .bool(true) }.map { .some($0) } ?? .none
                    case "lastwhere": return try xs.last { try apply(h, $0) == .bool(true) }.map { .some($0) } ?? .none
                    default: return try xs.firstIndex { try apply(h, $0) == .bool(true) }.map { .some(.int($0)) } ?? .none
                    }
                }
            case ("reduce", _) where args.count == 2 && args[0].label == nil:
                // An integer literal or an implicit member (`.zero`) takes the elements' type, as in
                // `Double(counts.reduce(0, +))`.
                // (A type of the note that literals initialise too: `fractions.reduce(0, +)`.)
                let literalType: Bool = if case .structure(let t) = e {
                    !t.conformances.isDisjoint(with: ["ExpressibleByIntegerLiteral", "ExpressibleByFloatLiteral"])
                } else { false }
                let number = e.isNumeric || fixedWidthKind(e) != nil || isFloat(e) || literalType
                let implicitMember = args[0].expression.as(MemberAccessExprSyntax.self).map { $0.base == nil } ?? false
                // An implicit member of a type of the note (`.zero` of `V: AdditiveArithmetic`) is the
                // elements' type's unless the context names another.
                // (`Any`, a printed item's, names none.)
                let context = expected.flatMap { $0.containsAny ? nil : $0 }
                let noteMember: SType? = if implicitMember, case .structure = e { context ?? e } else { nil }
                let initialHint = ((isIntegerLiteral(.leaf(args[0].expression)) || implicitMember) && number ? e : nil) ?? noteMember ?? context
                // An array literal (`a.reduce([], +)`, `ms.reduce([0]) { $0 + [$1] }`) takes the
                // type the closure and the context give it: the context's, the elements' (arrays
                // joined) or an array of the elements.
                let arrayLiteral = args[0].expression.as(ArrayExprSyntax.self)
                let arrayCandidates = arrayLiteral == nil ? [] : accumulatorArrays(expected, element: e)
                var initial: Typed
                do {
                    initial = try expression(args[0].expression, expected: initialHint)
                } catch where !arrayCandidates.isEmpty {
                    initial = try expression(args[0].expression, expected: arrayCandidates[0])
                }
                if let initialHint, let number = try numberLiteral(initial, to: initialHint, args[0].expression) {
                    initial = Typed(type: initialHint, code: number)
                }
                var g: (result: SType, code: Code)
                do {
                    g = try functionArgument(args[1].expression, [initial.type, e], initial.type)
                } catch where isIntegerLiteral(.leaf(args[0].expression)) || !arrayCandidates.isEmpty
                                || noteMember != nil && !initial.type.isExactly(e) {
                    // The closure and the context decide the literal's type too: `points.reduce(0)
                    // { $0 + $1.x }` sums `Double`s, as does `floats.reduce(0) { $0 + Double($1) }`
                    // returned as a `Double`. An implicit member the context's type does not sum
                    // is the elements' (`0.5 * ps.reduce(.zero, +)` of a note's points).
                    let candidates = noteMember != nil ? [e]
                        : arrayCandidates.isEmpty ? numberCandidates(expected, besides: initial.type) : arrayCandidates.filter { !$0.isExactly(initial.type) }
                    guard let (type, literal, summed) = candidates.lazy.compactMap({ type -> (SType, Code, (result: SType, code: Code))? in
                        guard let literal = try? self.expression(args[0].expression, as: type),
                              let summed = try? self.functionArgument(args[1].expression, [type, e], type) else { return nil }
                        return (type, literal, summed)
                    }).first else { throw error }
                    (initial, g) = (Typed(type: type, code: literal), summed)
                }
                return Typed(type: initial.type) { f in
                    let (xs, h) = (try array(f), try g.code(f))
                    var acc = try initial.code(f)
                    for x in xs { acc = try apply(h, acc, x) }
                    return acc
                }
            case ("reduce", _) where args.count == 2 && args[0].label == "into":
                guard let body = args[1].expression.as(ClosureExprSyntax.self) else {
                    throw error(args[1].expression, "reduce(into:) takes a closure literal")
                }
                // (A printed item's `Any` says nothing of the accumulator's type.)
                let hint = try expected.flatMap { $0.containsAny ? nil : $0 } ?? accumulatorType(args[0].expression, body, element: e)
                // An empty array literal takes the type the closure fills it with: the elements'
                // (`$0 += $1` of arrays) or an array of the elements (`$0.append($1 * 2)`).
                if hint == nil, let literal = args[0].expression.as(ArrayExprSyntax.self), literal.elements.isEmpty {
                    for type in accumulatorArrays(nil, element: e) {
                        guard let empty = try? expression(args[0].expression, expected: type),
                              let filled = try? closure(body, parameters: [type, e], result: .void, inoutFirst: true) else { continue }
                        return reduceInto(empty, filled, array, at)
                    }
                }
                var initial = try expression(args[0].expression, expected: hint)
                var g: Typed
                do {
                    g = try closure(body, parameters: [initial.type, e], result: .void, inoutFirst: true)
                } catch where isIntegerLiteral(.leaf(args[0].expression)) {
                    // The closure decides the literal's type too: `xs.reduce(into: 0) { $0 += $1 }`
                    // sums `Double`s.
                    let candidates = numberCandidates(expected, besides: initial.type)
                    guard let (literal, summed) = candidates.lazy.compactMap({ type -> (Typed, Typed)? in
                        guard let literal = try? self.expression(args[0].expression, as: type),
                              let summed = try? self.closure(body, parameters: [type, e], result: .void, inoutFirst: true) else { return nil }
                        return (Typed(type: type, code: literal), summed)
                    }).first else { throw error }
                    (initial, g) = (literal, summed)
                }
                return reduceInto(initial, g, array, at)
            case ("contains", [nil]), ("firstIndex", ["of"]):
                let equal = try elementEquality(e, c)
                let x = try only(labels[0], e)
                let contains = name == "contains"
                return Typed(type: contains ? .bool : .optional(.int)) { f in
                    let (xs, v) = (try array(f), try x.code(f))
                    let i = try xs.firstIndex { try equal($0, v) }
                    return contains ? .bool(i != nil) : i.map { .some(.int($0)) } ?? .none
                }
            case ("sorted", []), ("min", []), ("max", []):
                let declared = try elementOrder(e, name, c)
                let kind = name
                return Typed(type: kind == "sorted" ? base.type : .optional(e)) { f in
                    let xs = try array(f)
                    switch kind {
                    case "sorted": return .array(try declared.map { try xs.sorted(by: $0) } ?? xs.sorted(by: less))
                    case "min": return try (declared.map { try xs.min(by: $0) } ?? xs.min(by: less)).map { .some($0) } ?? .none
                    default: return try (declared.map { try xs.max(by: $0) } ?? xs.max(by: less)).map { .some($0) } ?? .none
                    }
                }
            case ("sorted", ["by"]), ("min", ["by"]), ("max", ["by"]):
                let g = try fn([e, e], .bool)
                let kind = name
                return Typed(type: kind == "sorted" ? base.type : .optional(e)) { f in
                    let (xs, h) = (try array(f), try g.code(f))
                    let order: (Value, Value) throws -> Bool = { try apply(h, $0, $1) == .bool(true) }
                    switch kind {
                    case "sorted": return .array(try xs.sorted(by: order))
                    case "min": return try xs.min(by: order).map { .some($0) } ?? .none
                    default: return try xs.max(by: order).map { .some($0) } ?? .none
                    }
                }
            // An array's, not a slice's nor another sequence's, whose iterators are other types.
            case ("makeIterator", []) where receiverIsArray:
                return arrayIterator(code, of: e)
            case ("makeIterator", []):
                let receiver = base.isArraySlice ? "an 'ArraySlice'" : "a '\(receiverType)'"
                throw unsupported(c.calledExpression, "'makeIterator()' of \(receiver), whose iterator is not an array's; use 'Array(…).makeIterator()'")
            case ("enumerated", []):
                return Typed(type: .array(.tuple([.int, e], labels: ["offset", "element"]))) { f in
                    .array(try array(f).enumerated().map { .tuple(.enumerated($0, $1)) })
                }
            case ("reversed", []):
                return Typed(type: base.type) { f in .array(try array(f).reversed()) }
            case ("shuffled", []), ("shuffled", ["using"]):
                let draw = try randomDraw(args.first)
                return Typed(type: base.type) { f in
                    let xs = try array(f)
                    return try draw(f) { .array(xs.shuffled(using: &$0)) }
                }
            case ("randomElement", []), ("randomElement", ["using"]):
                let draw = try randomDraw(args.first)
                return Typed(type: .optional(e)) { f in
                    let xs = try array(f)
                    return try draw(f) { xs.randomElement(using: &$0).map { .some($0) } ?? .none }
                }
            case ("joined", _) where e.isStringProtocol:
                let separator = args.isEmpty ? { _ in .string("") } : try only("separator", .string).code
                return Typed(type: .string) { f in
                    .string(try array(f).map(\.description).joined(separator: try separator(f).description))
                }
            case ("prefix", [nil]), ("suffix", [nil]), ("dropFirst", _), ("dropLast", _):
                let n = args.isEmpty ? { _ in .int(1) } : try only(nil, .int).code
                let kind = name
                var slice = Typed(type: base.type) { f in
                    let xs = try array(f)
                    guard case .int(let k) = try n(f), k >= 0 else {
                        throw InterpreterError(message: "can't \(kind) a negative number of elements", at: at)
                    }
                    switch kind {
                    case "prefix": return .array(Array(xs.prefix(k)))
                    case "suffix": return .array(Array(xs.suffix(k)))
                    case "dropFirst": return .array(Array(xs.dropFirst(k)))
                    default: return .array(Array(xs.dropLast(k)))
                    }
                }
                slice.isArraySlice = true
                // (From the start of what starts at index 0: of an array, or of such a slice.)
                slice.sliceIndexedFromZero = (kind == "prefix" || kind == "dropLast") && !base.hasOffsetIndices
                return slice
            case ("prefix", ["upTo"]), ("prefix", ["through"]), ("suffix", ["from"]):
                let bound = try only(labels[0], .int).code
                let kind = labels[0]
                var slice = Typed(type: base.type) { f in
                    let (xs, k) = (try array(f), try bound(f).int)
                    // The slice `xs[..<k]`, `xs[...k]` or `xs[k...]`, trapping as Swift's subscript does.
                    let (lower, upper) = kind == "from" ? (k, xs.count) : (0, kind == "through" ? k &+ 1 : k)
                    guard lower <= upper else { throw InterpreterError(message: "Range requires lowerBound <= upperBound", at: at) }
                    guard lower >= 0, upper <= xs.count else { throw InterpreterError(message: "Array index is out of range", at: at) }
                    return .array(Array(xs[lower..<upper]))
                }
                slice.isArraySlice = true
                slice.sliceIndexedFromZero = kind != "from" && !base.hasOffsetIndices
                return slice
            default:
                return try mutatingArrayMethod(e, name, args, c) { try self.mutatingPlace(baseExpr, c) }
            }
        case .string, .character:
            // Of these, a `Character` has only `uppercased()` and `lowercased()`, which give `String`s.
            if case .character = base.type, name != "uppercased", name != "lowercased" { return nil }
            switch (name, labels) {
            case ("uppercased", []), ("lowercased", []):
                let upper = name == "uppercased"
                return Typed(type: .string) { f in
                    guard case .string(let s) = try code(f) else { return .void }
                    return .string(upper ? s.uppercased() : s.lowercased())
                }
            case ("padding", _):
                return try paddingCall(code, args, c)
            case ("hasPrefix", [nil]), ("hasSuffix", [nil]), ("contains", [nil]):
                // A `String`, a `Substring`, or for `contains` a `Character`: its text.
                let x = try textArgument(args[0].expression, name == "contains" ? [.character, .string, .substring] : [.string, .substring]) {
                    error(args[0].expression, "cannot convert value of type '\($0)' to expected argument type 'String'")
                }
                let kind = name
                return Typed(type: .bool) { f in
                    guard case .string(let s) = try code(f), case .string(let t) = try x(f) else { return .void }
                    return .bool(kind == "hasPrefix" ? s.hasPrefix(t) : kind == "hasSuffix" ? s.hasSuffix(t) : s.contains(t))
                }
            default: return nil
            }
        case .dictionary(let k, let v):
            guard name == "removeValue", labels == ["forKey"] else { return nil }
            let key = try only("forKey", k).code
            let place = try mutatingPlace(baseExpr, c)
            return Typed(type: .optional(v)) { f in
                try place.prepare?(f)
                let kv = try key(f)
                var removed: Value = .none
                try place.prepared(f) { d in
                    guard case .dictionary(var dict) = d else { return }
                    d = .void
                    removed = dict[kv].map { .some($0) } ?? .none
                    dict[kv] = nil
                    d = .dictionary(dict)
                }
                return removed
            }
        case .double:
            switch (name, labels) {
            case ("squareRoot", []), ("rounded", []):
                let root = name == "squareRoot"
                return Typed(type: .double) { f in
                    guard case .double(let x) = try code(f) else { return .void }
                    return .double(root ? x.squareRoot() : x.rounded())
                }
            case ("rounded", [nil]):
                return try roundedCall(code, args, c)
            case ("round", []), ("round", [nil]):
                // Rounds the variable in place, in one access.
                let rule = args.isEmpty ? .toNearestOrAwayFromZero : try roundingRule(args, "round", c)
                let place = try mutatingPlace(baseExpr, c)
                return Typed(type: .void) { f in
                    try place.prepare?(f)
                    try place.prepared(f) { v in
                        if case .double(let x) = v { v = .double(x.rounded(rule)) }
                    }
                    return .void
                }
            case ("truncatingRemainder", ["dividingBy"]):
                let y = try only("dividingBy", .double).code
                return Typed(type: .double) { f in
                    guard case .double(let a) = try code(f), case .double(let b) = try y(f) else { return .void }
                    return .double(a.truncatingRemainder(dividingBy: b))
                }
            case ("isTotallyOrdered", ["belowOrEqualTo"]):
                let y = try only("belowOrEqualTo", .double).code
                return Typed(type: .bool) { f in .bool(try code(f).double.isTotallyOrdered(belowOrEqualTo: try y(f).double)) }
            // `FloatingPoint`'s methods that change the variable in place.
            case ("negate", []), ("formSquareRoot", []):
                return try changedInPlace(baseExpr, c, []) { x, _ in
                    var d = x.double
                    if name == "negate" { d.negate() } else { d.formSquareRoot() }
                    x = .double(d)
                }
            case ("addProduct", [nil, nil]), ("formRemainder", ["dividingBy"]), ("formTruncatingRemainder", ["dividingBy"]):
                let operands = try args.map { try expression($0.expression, as: .double) }
                return try changedInPlace(baseExpr, c, operands) { x, a in
                    var d = x.double
                    switch name {
                    case "addProduct": d.addProduct(a[0].double, a[1].double)
                    case "formRemainder": d.formRemainder(dividingBy: a[0].double)
                    default: d.formTruncatingRemainder(dividingBy: a[0].double)
                    }
                    x = .double(d)
                }
            default: return nil
            }
        case .bool where name == "toggle" && labels.isEmpty:
            return try changedInPlace(baseExpr, c, []) { x, _ in x = .bool(x != .bool(true)) }
        case .int where name == "negate" && labels.isEmpty:
            return try changedInPlace(baseExpr, c, []) { x, _ in
                let (negated, overflow) = 0.subtractingReportingOverflow(x.int)
                if overflow { throw InterpreterError(message: "arithmetic overflow in 'negate()'", at: at) }
                x = .int(negated)
            }
        case .int:
            guard name == "isMultiple", labels == ["of"] else { return nil }
            let y = try only("of", .int).code
            return Typed(type: .bool) { f in
                guard case .int(let a) = try code(f), case .int(let b) = try y(f) else { return .void }
                return .bool(a.isMultiple(of: b))
            }
        default:
            return nil
        }
    }

    /// `x.name(…)` that changes the variable `x` (`baseExpr`) in place, in one access, with the
    /// values of `arguments`, evaluated first: `flag.toggle()`, `y.negate()`.
    private func changedInPlace(_ baseExpr: ExprSyntax, _ c: FunctionCallExprSyntax, _ arguments: [Code],
                                _ change: @escaping (inout Value, [Value]) throws -> Void) throws -> Typed {
        let place = try mutatingPlace(baseExpr, c)
        return Typed(type: .void) { f in
            let values = try arguments.map { try $0(f) }
            try place.prepare?(f)
            try place.prepared(f) { try change(&$0, values) }
            return .void
        }
    }

    /// How `sorted()`, `sort()`, `min()` and `max()` order elements of type `e`: nil for the
    /// built-in order of numbers, strings and `Comparable` enums (`less`), the `<` the note declares
    /// for a `Comparable` type of its own; an error naming the method for any other type.
    private func elementOrder(_ e: SType, _ name: String, _ c: FunctionCallExprSyntax) throws -> ((Value, Value) throws -> Bool)? {
        switch e {
        case .int, .double, .string, .character, .substring, .jet: return nil
        // An enum orders its cases as declared unless it declares its own `<`.
        case .structure(let t) where t.isComparableEnum: return declaredOrder(e, at: at(c))
        case let t where isFloat(t) || fixedWidthKind(t) != nil: return nil
        default:
            guard let declared = declaredOrder(e, at: at(c)) else {
                throw error(c, "'\(name)()' needs comparable elements, not '\(e)'")
            }
            return declared
        }
    }

    /// The place a mutating method (`xs.append(1)`, `s.removeFirst()`, a note's `p.move(by: 1)`)
    /// changes. An immutable receiver is swiftc's error, at the method's name: "cannot use mutating
    /// member on immutable value: 'xs' is a 'let' constant".
    func mutatingPlace(_ baseExpr: ExprSyntax, _ c: FunctionCallExprSyntax) throws -> LValue {
        do {
            return try mutatingReceiver(baseExpr)
        } catch let e as InterpreterError where e.message.hasPrefix("cannot use mutating member") {
            guard let m = c.calledExpression.as(MemberAccessExprSyntax.self) else { throw e }
            throw error(m.declName, e.message)
        }
    }

    /// Compiles an argument that is a sequence of `element`s (an array literal, typed from the
    /// elements, an array, a range, …) as the array of its elements.
    func elementsArgument(_ e: ExprSyntax, of element: SType) throws -> Code {
        if e.is(ArrayExprSyntax.self) { return try expression(e, as: .array(element)) }
        let s = try sequence(e)
        guard s.element.conforms(to: element) else {
            throw error(e, "cannot convert value of type '\(try expression(e).type)' to expected argument type '\(SType.array(element))'")
        }
        let code = s.code
        return { f in .array(try code(f)) }
    }

    /// Compiles a mutating method of an array (`append`, `insert(contentsOf:at:)`,
    /// `removeSubrange`, `partition(by:)`, `sort`, …) that changes the array `place` gives once
    /// the arguments are compiled, or returns nil for another method.
    func mutatingArrayMethod(_ e: SType, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax,
                             place: () throws -> LValue) throws -> Typed? {
        let (runtime, at) = (self.runtime, self.at(c))
        let labels = Self.labels(of: args, method: name)
        let operands: [Code]
        let result: SType
        // The `<` a note declares for the elements, when `sort()` orders them by it.
        var declared: ((Value, Value) throws -> Bool)?
        // The positions a range argument covers (`removeSubrange`, `replaceSubrange`), found from
        // the array's count when the access begins.
        var positions: ((Frame, Int) throws -> Range<Int>)?
        // The generator `shuffle` draws from.
        var generator: RandomDraw?
        switch (name, labels) {
        case ("append", [nil]): operands = [try escaping(args[0].expression, as: .generic("Element")) { try expression(args[0].expression, as: e) }]; result = .void
        case ("append", ["contentsOf"]): operands = [try elementsArgument(args[0].expression, of: e)]; result = .void
        case ("insert", [nil, "at"]):
            let element = try escaping(args[0].expression, as: .generic("Element")) { try expression(args[0].expression, as: e) }
            operands = [element, try expression(args[1].expression, as: .int)]; result = .void
        case ("insert", ["contentsOf", "at"]):
            operands = [try elementsArgument(args[0].expression, of: e), try expression(args[1].expression, as: .int)]; result = .void
        case ("replaceSubrange", [nil, "with"]), ("removeSubrange", [nil]):
            guard let range = try rangePositions(args[0].expression, at) else {
                throw error(args[0].expression, "cannot convert value of type '\(try expression(args[0].expression).type)' to expected argument type 'Range<Int>'")
            }
            positions = range
            operands = try args.dropFirst().map { try elementsArgument($0.expression, of: e) }; result = .void
        case ("removeLast", [nil]), ("removeFirst", [nil]): operands = [try expression(args[0].expression, as: .int)]; result = .void
        case ("partition", ["by"]):
            operands = [try functionArgument(args[0].expression, [e], .bool).code]; result = .int
        case ("remove", ["at"]): operands = [try expression(args[0].expression, as: .int)]; result = e
        case ("swapAt", [nil, nil]):
            operands = [try expression(args[0].expression, as: .int), try expression(args[1].expression, as: .int)]; result = .void
        case ("removeLast", []), ("removeFirst", []): operands = []; result = e
        case ("removeAll", []), ("reverse", []): operands = []; result = .void
        case ("shuffle", []), ("shuffle", ["using"]):
            generator = try randomDraw(args.first)
            operands = []; result = .void
        case ("removeAll", ["where"]):
            operands = [try functionArgument(args[0].expression, [e], .bool).code]; result = .void
        case ("sort", []):
            declared = try elementOrder(e, name, c)
            operands = []; result = .void
        case ("sort", ["by"]):
            operands = [try functionArgument(args[0].expression, [e, e], .bool).code]; result = .void
        default: return nil
        }
        let place = try place()
        let kind = switch (name, labels) {
        case ("append", ["contentsOf"]): "appendContents"
        case ("insert", ["contentsOf", "at"]): "insertContents"
        case ("removeLast", [nil]), ("removeFirst", [nil]): name + "Count"
        default: name
        }
        return Typed(type: result) { f in
            try place.prepare?(f)
            let values = try operands.map { try $0(f) }
            var out: Value = .void
            var order = declared
            if kind == "sort", let g = values.first, case .function(let h) = g {
                order = { try runtime.call(h, $0, $1, at) == .bool(true) }
            }
            var removes: ((Value) throws -> Bool)?
            if kind == "removeAll" || kind == "partition", let g = values.first, case .function(let h) = g {
                removes = { try runtime.call(h, $0, at) == .bool(true) }
            }
            // One access to the array for the whole change, so a property's observers run once;
            // the array leaves its place meanwhile, so it stays uniquely referenced.
            try place.prepared(f) { v in
                guard case .array(var taken) = v else { return }
                let range = try positions?(f, taken.count)
                v = .void
                defer { v = .array(taken) }
                switch kind {
                case "append":
                    taken.append(values[0])
                    try runtime.checkCount(taken.count, at)
                case "appendContents":
                    if case .array(let more) = values[0] { taken += more }
                    try runtime.checkCount(taken.count, at)
                case "insert":
                    guard case .int(let i) = values[1], i >= 0 && i <= taken.count else {
                        throw InterpreterError(message: "insertion index out of range", at: at)
                    }
                    taken.insert(values[0], at: i)
                case "remove":
                    guard case .int(let i) = values[0], taken.indices.contains(i) else {
                        throw indexError({ if case .int(let i) = values[0] { i } else { 0 } }(), taken.count, at)
                    }
                    out = taken.remove(at: i)
                case "swapAt":
                    guard case .int(let i) = values[0], case .int(let j) = values[1],
                          taken.indices.contains(i), taken.indices.contains(j) else {
                        throw InterpreterError(message: "swapAt index out of range", at: at)
                    }
                    taken.swapAt(i, j)
                case "removeLast", "removeFirst":
                    guard !taken.isEmpty else { throw InterpreterError(message: "can't remove from an empty array", at: at) }
                    out = kind == "removeLast" ? taken.removeLast() : taken.removeFirst()
                case "insertContents", "replaceSubrange", "removeSubrange":
                    // `insert(contentsOf:at:)` replaces the empty range at its position.
                    var replaced = range ?? 0..<0
                    if kind == "insertContents" {
                        guard case .int(let i) = values[1], i >= 0 && i <= taken.count else {
                            throw InterpreterError(message: "Array replace: subrange \(values[1].int < 0 ? "start is negative" : "extends past the end")", at: at)
                        }
                        replaced = i..<i
                    }
                    let new = values.first?.elements ?? []
                    try runtime.checkCount(taken.count - replaced.count + new.count, at)
                    taken.replaceSubrange(replaced, with: new)
                case "removeLastCount", "removeFirstCount":
                    guard case .int(let k) = values[0], k >= 0 else {
                        throw InterpreterError(message: "Number of elements to remove should be non-negative", at: at)
                    }
                    guard k <= taken.count else {
                        throw InterpreterError(message: "Can't remove more items from a collection than it contains", at: at)
                    }
                    if kind == "removeLastCount" { taken.removeLast(k) } else { taken.removeFirst(k) }
                case "partition":
                    // Swift's own algorithm, so the elements end in the order compiled Swift leaves them.
                    if let removes { out = .int(try taken.partition(by: removes)) }
                case "removeAll":
                    if let removes { try taken.removeAll(where: removes) } else { taken.removeAll() }
                case "reverse": taken.reverse()
                case "shuffle": _ = try generator?(f) { taken.shuffle(using: &$0); return .void }
                default:
                    if let order { try taken.sort(by: order) } else { taken.sort(by: less) }
                }
            }
            return out
        }
    }

    /// Compiles a built-in property, such as `xs.count`, or returns nil.
    func builtinProperty(_ base: Typed, _ name: String, _ node: MemberAccessExprSyntax) throws -> Typed? {
        let code = base.code
        if case .int = base.type, let property = IntegerBits.int[name] {
            let get = property.get
            return Typed(type: property.type) { f in get(try code(f)) }
        }
        if case .double = base.type, let property = bindings.doubleProperties[name] {
            let get = property.get
            return Typed(type: property.type) { f in get(try code(f)) }
        }
        // An `Int`'s magnitude is a `UInt`, so `Int.min.magnitude` is 9223372036854775808.
        if case .int = base.type, name == "magnitude", let unsigned = bindings.fixedWidth["UInt"]?.type {
            return Typed(type: .native(unsigned)) { f in unsigned.box(try code(f).int.magnitude) }
        }
        switch (base.type, name) {
        case (.array(let e), _):
            switch name {
            case "count": return Typed(type: .int) { f in
                    guard case .array(let a) = try code(f) else { return .void }
                    return .int(a.count)
                }
            case "isEmpty": return Typed(type: .bool) { f in
                    guard case .array(let a) = try code(f) else { return .void }
                    return .bool(a.isEmpty)
                }
            case "first", "last":
                let first = name == "first"
                return Typed(type: .optional(e)) { f in
                    guard case .array(let a) = try code(f) else { return .void }
                    return (first ? a.first : a.last).map { .some($0) } ?? .none
                }
            case "indices": return Typed(type: .range(closed: false)) { f in
                    guard case .array(let a) = try code(f) else { return .void }
                    return .range(RangeValue(lower: 0, upper: a.count, closed: false))
                }
            case "description": return Typed(type: .string) { f in .string(try code(f).descriptionProperty) }
            default: return nil
            }
        case (.range, "count"), (.range, "lowerBound"), (.range, "upperBound"), (.range, "isEmpty"):
            let at = self.at(node)
            return Typed(type: name == "isEmpty" ? .bool : .int) { f in
                guard case .range(let r) = try code(f) else { return .void }
                switch name {
                case "count":
                    guard let count = r.count else { throw InterpreterError(message: "arithmetic overflow in range count", at: at) }
                    return .int(count)
                case "lowerBound": return .int(r.lower)
                case "upperBound": return .int(r.upper)
                default: return .bool(r.last == nil)
                }
            }
        case (.range, "first"), (.range, "last"):
            let first = name == "first"
            return Typed(type: .optional(.int)) { f in
                guard case .range(let r) = try code(f), let last = r.last else { return .none }
                return .some(.int(first ? r.lower : last))
            }
        case (.string, "count"), (.string, "isEmpty"):
            return Typed(type: name == "count" ? .int : .bool) { f in
                guard case .string(let s) = try code(f) else { return .void }
                return name == "count" ? .int(s.count) : .bool(s.isEmpty)
            }
        case (.dictionary, "count"), (.dictionary, "isEmpty"):
            return Typed(type: name == "count" ? .int : .bool) { f in
                guard case .dictionary(let d) = try code(f) else { return .void }
                return name == "count" ? .int(d.keys.count) : .bool(d.keys.isEmpty)
            }
        case (.dictionary(let k, let v), "keys"), (.dictionary(let k, let v), "values"):
            let keys = name == "keys"
            return Typed(type: .array(keys ? k : v)) { f in
                guard case .dictionary(let d) = try code(f) else { return .void }
                return .array(keys ? d.keys : d.values)
            }
        case (.double, "bitPattern"):
            guard let uint64 = bindings.fixedWidth["UInt64"]?.type else { return nil }
            return Typed(type: .native(uint64)) { f in
                guard case .double(let x) = try code(f) else { return .void }
                return uint64.box(x.bitPattern)
            }
        case (_, "description"):
            return Typed(type: .string) { f in .string(try code(f).descriptionProperty) }
        case (.double, "debugDescription"), (.string, "debugDescription"):
            return Typed(type: .string) { f in .string(try code(f).debugDescription) }
        default:
            return nil
        }
    }
}

extension Compiler {
    /// The type Swift infers for an empty literal accumulator of `reduce(into:)` (`[:]`, `[]`)
    /// from the closure's first use of it: `counts[word, default: 0] += 1` makes it a
    /// `[String: Int]`, `acc[k] = v` a dictionary of `k`'s and `v`'s types, `acc.append(x)` an
    /// array of `x`'s; nil for another accumulator or use.
    func accumulatorType(_ initial: ExprSyntax, _ body: ClosureExprSyntax, element: SType) throws -> SType? {
        let isDictionary = { if case .colon? = initial.as(DictionaryExprSyntax.self)?.content { true } else { false } }()
        let isArray = initial.as(ArrayExprSyntax.self)?.elements.isEmpty == true
        guard isDictionary || isArray else { return nil }
        let names: [String]
        switch body.signature?.parameterClause {
        case .simpleInput(let shorthand)?: names = shorthand.map(\.name.text)
        case .parameterClause(let clause)?: names = clause.parameters.map { ($0.secondName ?? $0.firstName).text }
        case nil: names = ["$0", "$1"]
        }
        guard names.count == 2 else { return nil }
        let isAccumulator = { (e: ExprSyntax) in e.as(DeclReferenceExprSyntax.self)?.baseName.text == names[0] }
        return try withScope { () throws -> SType? in
            declare(names[1], element, mutable: false)
            let type = { (e: ExprSyntax) -> SType? in try? self.expression(e).type }
            for node in body.statements.tokens(viewMode: .sourceAccurate).compactMap({ $0.parent }) {
                if isDictionary, let s = node.as(SubscriptCallExprSyntax.self), isAccumulator(s.calledExpression),
                   let sequence = s.parent?.parent?.as(SequenceExprSyntax.self), sequence.elements.first?.id == s.id {
                    let elements = Array(sequence.elements)
                    guard elements.count == 3, let key = s.arguments.first, key.label == nil, let keyType = type(key.expression) else { return nil }
                    let value = elements[2]
                    let fallback = s.arguments.first { $0.label?.text == "default" }?.expression
                    // A literal takes the other side's type; two literals join as Swift's do.
                    let literals = [fallback, value].compactMap { $0 }.filter { isLiteral($0) }
                    let typed = [fallback, value].compactMap { $0 }.first { !isLiteral($0) }
                    let valueType = try typed.map { try expression($0).type }
                        ?? (literals.contains(where: isFloatLiteral) ? .double : literals.first.flatMap(type))
                    return valueType.map { .dictionary(keyType, $0) }
                }
                if isArray, let m = node.as(MemberAccessExprSyntax.self), m.base.map(isAccumulator) == true,
                   m.declName.baseName.text == "append", let call = m.parent?.as(FunctionCallExprSyntax.self), call.arguments.count == 1,
                   let argument = call.arguments.first {
                    guard let t = type(argument.expression) else { return nil }
                    return argument.label?.text == "contentsOf" ? t : .array(t)
                }
            }
            return nil
        }
    }
}
