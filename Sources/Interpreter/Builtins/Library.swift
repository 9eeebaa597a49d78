import Foundation
import SwiftSyntax

/// More of the standard library and Foundation: string, array, dictionary and number members
/// beyond those in `Collections.swift`. A `Character` and a `Substring` are held as strings (a
/// `Character` of one grapheme cluster), which print as Swift prints them.
extension Compiler {
    /// Compiles one of these methods, or returns nil if `name` is none of them for the receiver.
    func libraryMethod(_ baseExpr: ExprSyntax, _ base: Typed, _ name: String, _ args: [Argument],
                       _ c: FunctionCallExprSyntax, expected: SType? = nil) throws -> Typed? {
        let (runtime, at) = (self.runtime, self.at(c))
        // Only an array splits into `ArraySlice`s; a range's pieces are `Slice`s.
        let splitsIntoSlices = { if case .array = base.type { true } else { false } }() && derivedCollection(baseExpr) != .keysOrValues
        if name == "formatted", let formatted = try defaultFormatted(base, args, c) { return formatted }
        let base = elements(base, at)
        let code = base.code
        let labels = Self.labels(of: args, method: name)
        /// Calls a function value.
        func apply(_ g: Value, _ xs: Value...) throws -> Value {
            guard case .function(let callable) = g else { return .void }
            return xs.count == 1 ? try runtime.call(callable, xs[0], at) : try runtime.call(callable, xs[0], xs[1], at)
        }
        switch base.type {
        case .string:
            func string(_ f: Frame) throws -> String {
                guard case .string(let s) = try code(f) else { return "" }
                return s
            }
            switch (name, labels) {
            case ("components", ["separatedBy"]) where args[0].expression.is(MemberAccessExprSyntax.self):
                let set = try characterSet(args[0].expression)
                return Typed(type: .array(.string)) { f in .array(try string(f).components(separatedBy: set).map(Value.string)) }
            case ("components", ["separatedBy"]):
                let separator = try expression(args[0].expression, as: .string)
                return Typed(type: .array(.string)) { f in
                    let s = try string(f)
                    guard case .string(let sep) = try separator(f) else { return .void }
                    return .array(s.components(separatedBy: sep).map(Value.string))
                }
            case ("split", _):
                guard let split = try splitArguments(args, labels, .character, c) else { return nil }
                return Typed(type: .array(.substring)) { f in
                    let (s, options) = (try string(f), try split(f))
                    let parts = try options.text.map { s.split(separator: $0, maxSplits: options.maxSplits, omittingEmptySubsequences: options.omitting) }
                        ?? s.split(maxSplits: options.maxSplits, omittingEmptySubsequences: options.omitting) {
                            try options.isSeparator(.string(String($0)))
                        }
                    try runtime.checkCount(parts.count, at)
                    return .array(parts.map { .string(String($0)) })
                }
            case ("removeFirst", []), ("removeLast", []), ("removeFirst", [nil]), ("removeLast", [nil]), ("popLast", []),
                 ("removeAll", []), ("removeAll", ["where"]):
                return try stringRemoval(baseExpr, name, args, c)
            case ("insert", [nil, "at"]), ("insert", ["contentsOf", "at"]):
                return try stringInsertion(baseExpr, args, c)
            case ("reversed", []):
                // `Sequence`'s `reversed()`, an array, where one is expected (see `viewMethod`).
                return Typed(type: .array(.character)) { f in .array(try string(f).reversed().map { .string(String($0)) }) }
            case ("prefix", ["while"]), ("drop", ["while"]):
                let g = try functionArgument(args[0].expression, [.character], .bool)
                let prefix = name == "prefix"
                return Typed(type: .substring) { f in
                    let (s, h) = (try string(f), try g.code(f))
                    let holds: (Character) throws -> Bool = { try apply(h, .string(String($0))) == .bool(true) }
                    return .string(String(prefix ? try s.prefix(while: holds) : try s.drop(while: holds)))
                }
            case ("remove", ["at"]), ("range", ["of"]), ("replaceSubrange", [nil, "with"]), ("replacingCharacters", ["in", "with"]):
                return try stringRangeMethod(baseExpr, base, name, args, c)
            case ("caseInsensitiveCompare", [nil]), ("compare", [nil]):
                // Foundation's comparison, of the text of a `String` or `Substring`.
                let other = try textArgument(args[0].expression, [.string, .substring]) {
                    error(args[0].expression, "cannot convert value of type '\($0)' to expected argument type 'String'")
                }
                let (result, caseInsensitive) = (runtime.comparisonResult, name == "caseInsensitiveCompare")
                return Typed(type: .structure(result)) { f in
                    let (s, t) = (try string(f), try other(f).string)
                    let order = caseInsensitive ? s.caseInsensitiveCompare(t) : s.compare(t)
                    return .enumeration(EnumValue(tag: result.cases![order.rawValue + 1], payload: []))
                }
            case ("trimmingCharacters", ["in"]):
                let set = try characterSet(args[0].expression)
                return Typed(type: .string) { f in .string(try string(f).trimmingCharacters(in: set)) }
            case ("replacingOccurrences", ["of", "with"]):
                let (target, replacement) = (try expression(args[0].expression, as: .string), try expression(args[1].expression, as: .string))
                return Typed(type: .string) { f in
                    guard case .string(let t) = try target(f), case .string(let r) = try replacement(f) else { return .void }
                    let s = try string(f)
                    // Each occurrence grows the text by at most the replacement.
                    try runtime.checkCount(t.isEmpty ? s.count : s.count + (s.count / t.count) * r.count, at)
                    return .string(t.isEmpty ? s : s.replacingOccurrences(of: t, with: r))
                }
            case ("prefix", [nil]), ("suffix", [nil]), ("dropFirst", _), ("dropLast", _):
                let n = args.isEmpty ? { _ in .int(1) } : try expression(args[0].expression, as: .int)
                let kind = name
                return Typed(type: .substring) { f in
                    let s = try string(f)
                    guard case .int(let k) = try n(f), k >= 0 else {
                        throw InterpreterError(message: "can't \(kind) a negative number of characters", at: at)
                    }
                    switch kind {
                    case "prefix": return .string(String(s.prefix(k)))
                    case "suffix": return .string(String(s.suffix(k)))
                    case "dropFirst": return .string(String(s.dropFirst(k)))
                    default: return .string(String(s.dropLast(k)))
                    }
                }
            case ("append", [nil]), ("append", ["contentsOf"]):
                // A `Character` or `String`, or the contents of a `String` or `Substring`: its text.
                let method = c.calledExpression.as(MemberAccessExprSyntax.self).map { Syntax($0.declName) } ?? Syntax(c)
                let more = try textArgument(args[0].expression, args[0].label == nil ? [.character, .string] : [.string, .substring]) { _ in
                    error(method, "no exact matches in call to instance method 'append'")
                }
                let place = try mutatingPlace(baseExpr, c)
                return Typed(type: .void) { f in
                    try place.prepare?(f)
                    guard case .string(let tail) = try more(f) else { return .void }
                    try place.prepared(f) { v in
                        guard case .string(var s) = v else { return }
                        v = .void
                        s += tail
                        v = .string(s)
                    }
                    return .void
                }
            default:
                // A String is a collection of Characters.
                return try sequenceMethod(baseExpr, base, name, args, c)
            }
        case .array(let e):
            func array(_ f: Frame) throws -> [Value] {
                guard case .array(let a) = try code(f) else { return [] }
                return a
            }
            switch (name, labels) {
            case ("compactMap", [nil]):
                // `let ys: [Int] = xs.compactMap { x in guard … else { return nil }; return x * 10 }`
                let contextual: SType? = if closureResultNeedsContext(args[0].expression), case .array(let r)? = expected, !r.containsAny {
                    .optional(r)
                } else { nil }
                let g = try functionArgument(args[0].expression, [e], contextual)
                // A closure returning a non-optional keeps every result, as Swift promotes it.
                guard case .optional(let wrapped) = g.result else { return try builtinMethod(baseExpr, base, "map", args, c, expected: nil) }
                return Typed(type: .array(wrapped)) { f in
                    let (xs, h) = (try array(f), try g.code(f))
                    return .array(try xs.compactMap { if case .some(let v) = try apply(h, $0) { v } else { nil } })
                }
            case ("flatMap", [nil]):
                let g = try functionArgument(args[0].expression, [e], nil)
                guard case .array(let inner) = g.result else {
                    throw error(args[0].expression, "flatMap's closure must return an array, not '\(g.result)'")
                }
                return Typed(type: .array(inner)) { f in
                    let (xs, h) = (try array(f), try g.code(f))
                    var out: [Value] = []
                    for x in xs {
                        if case .array(let ys) = try apply(h, x) { out += ys }
                        try runtime.checkCount(out.count, at)
                    }
                    return .array(out)
                }
            case ("prefix", ["while"]), ("drop", ["while"]), ("lastIndex", ["where"]), ("count", ["where"]):
                let g = try functionArgument(args[0].expression, [e], .bool)
                let kind = name
                var result = Typed(type: kind == "lastIndex" ? .optional(.int) : kind == "count" ? .int : base.type) { f in
                    let (xs, h) = (try array(f), try g.code(f))
                    let holds: (Value) throws -> Bool = { try apply(h, $0) == .bool(true) }
                    switch kind {
                    case "prefix": return .array(Array(try xs.prefix(while: holds)))
                    case "drop": return .array(Array(try xs.drop(while: holds)))
                    case "count": return .int(try xs.count(where: holds))
                    default: return try xs.lastIndex(where: holds).map { .some(.int($0)) } ?? .none
                    }
                }
                result.isArraySlice = kind == "prefix" || kind == "drop"
                return result
            case ("lastIndex", ["of"]):
                let equal = try elementEquality(e, c)
                let x = try expression(args[0].expression, as: e)
                return Typed(type: .optional(.int)) { f in
                    let (xs, v) = (try array(f), try x(f))
                    return try xs.lastIndex { try equal($0, v) }.map { .some(.int($0)) } ?? .none
                }
            case ("elementsEqual", [nil]), ("elementsEqual", [nil, "by"]):
                let other = try sequence(args[0].expression)
                let g = args.count > 1 ? try functionArgument(args[1].expression, [e, other.element], .bool).code : nil
                if g == nil { _ = try elementEquality(e, c) }
                if g == nil, !(e.conforms(to: other.element) && other.element.conforms(to: e)) {
                    throw error(args[0].expression, "elementsEqual needs elements of one type, not '\(e)' and '\(other.element)'")
                }
                return Typed(type: .bool) { f in
                    let (xs, ys) = (try array(f), try other.code(f))
                    guard let g else { return .bool(xs == ys) }
                    let h = try g(f)
                    return .bool(try xs.elementsEqual(ys) { try apply(h, $0, $1) == .bool(true) })
                }
            case ("joined", []) where { if case .array = e { true } else { false } }():
                guard case .array(let inner) = e else { return nil }
                return Typed(type: .array(inner)) { f in
                    var out: [Value] = []
                    for case .array(let ys) in try array(f) {
                        out += ys
                        try runtime.checkCount(out.count, at)
                    }
                    return .array(out)
                }
            case ("starts", ["with"]):
                _ = try elementEquality(e, c)
                let other = try sequence(args[0].expression)
                guard e.conforms(to: other.element) && other.element.conforms(to: e) else {
                    throw error(args[0].expression, "starts(with:) needs elements of one type, not '\(e)' and '\(other.element)'")
                }
                return Typed(type: .bool) { f in .bool(try array(f).starts(with: try other.code(f))) }
            case ("reserveCapacity", [nil]):
                // Capacity is not observable: the call only checks that the memory cap allows it.
                let n = try expression(args[0].expression, as: .int)
                _ = try mutatingPlace(baseExpr, c)
                return Typed(type: .void) { f in
                    guard case .int(let k) = try n(f) else { return .void }
                    try runtime.checkCount(k, at)
                    return .void
                }
            case ("split", _) where splitsIntoSlices:
                guard let split = try splitArguments(args, labels, e, c) else { return nil }
                if labels.contains("separator") { _ = try elementEquality(e, c) }
                let slice = bindings.arraySliceType(e)
                return Typed(type: .array(.native(slice))) { f in
                    let (xs, options) = (try array(f), try split(f))
                    let parts = try xs.split(maxSplits: options.maxSplits, omittingEmptySubsequences: options.omitting,
                                             whereSeparator: options.isSeparator)
                    try runtime.checkCount(parts.count, at)
                    return .array(parts.map { slice.box(ArraySliceValue(elements: Array($0))) })
                }
            case ("joined", ["separator"]):
                guard case .array(let inner) = e else { return nil }
                let separator = try elementsArgument(args[0].expression, of: inner)
                let joined = bindings.joinedSequenceType(base.type, element: inner)
                return Typed(type: .native(joined)) { f in
                    let xss = try array(f)
                    let between = try separator(f).elements
                    var out: [Value] = []
                    for (i, xs) in xss.enumerated() {
                        if i > 0 { out += between }
                        out += xs.elements
                        try runtime.checkCount(out.count, at)
                    }
                    return joined.box(LazyView(typeName: joined.name, qualifiedTypeName: joined.name, fields: [], elements: out))
                }
            case ("popLast", []):
                let place = try mutatingPlace(baseExpr, c)
                return Typed(type: .optional(e)) { f in
                    try place.prepare?(f)
                    var last: Value = .none
                    try place.prepared(f) { v in
                        guard case .array(var xs) = v else { return }
                        v = .void
                        last = xs.popLast().map { .some($0) } ?? .none
                        v = .array(xs)
                    }
                    return last
                }
            default: return nil
            }
        case .dictionary(let k, let v):
            func dictionary(_ f: Frame) throws -> DictionaryValue {
                guard case .dictionary(let d) = try code(f) else { return DictionaryValue() }
                return d
            }
            switch (name, labels) {
            case ("mapValues", [nil]):
                let g = try functionArgument(args[0].expression, [v], nil)
                return Typed(type: .dictionary(k, g.result)) { f in
                    var (d, h) = (try dictionary(f), try g.code(f))
                    d.values = try d.values.map { try apply(h, $0) }
                    return .dictionary(d)
                }
            case ("compactMapValues", [nil]):
                let g = try functionArgument(args[0].expression, [v], nil)
                guard case .optional(let wrapped) = g.result else {
                    throw error(args[0].expression, "compactMapValues's closure must return an optional, not '\(g.result)'")
                }
                return Typed(type: .dictionary(k, wrapped)) { f in
                    let (d, h) = (try dictionary(f), try g.code(f))
                    var kept = DictionaryValue()
                    for (key, value) in zip(d.keys, d.values) {
                        if case .some(let w) = try apply(h, value) { kept[key] = w }
                    }
                    return .dictionary(kept)
                }
            case ("updateValue", [nil, "forKey"]):
                let (value, key) = (try expression(args[0].expression, as: v), try expression(args[1].expression, as: k))
                let place = try mutatingPlace(baseExpr, c)
                return Typed(type: .optional(v)) { f in
                    try place.prepare?(f)
                    let (nv, kv) = (try value(f), try key(f))
                    var old: Value = .none
                    try place.prepared(f) { d in
                        guard case .dictionary(var dict) = d else { return }
                        d = .void
                        old = dict[kv].map { .some($0) } ?? .none
                        dict[kv] = nv
                        d = .dictionary(dict)
                    }
                    return old
                }
            case ("merge", [nil, "uniquingKeysWith"]), ("merging", [nil, "uniquingKeysWith"]):
                let other = try expression(args[0].expression, expected: base.type)
                guard let pairs = sequenceView(other, self.at(args[0].expression)), case .array(.tuple(let ts, _)) = pairs.type,
                      ts.count == 2, ts[0].conforms(to: k), ts[1].conforms(to: v) else {
                    throw error(args[0].expression, "cannot convert value of type '\(other.type)' to expected argument type '\(base.type)'")
                }
                let combine = try functionArgument(args[1].expression, [v, v], v).code
                let place = name == "merge" ? try mutatingPlace(baseExpr, c) : nil
                return Typed(type: place == nil ? base.type : .void) { f in
                    try place?.prepare?(f)
                    // The receiver of `merging` is read before its arguments, as Swift evaluates them.
                    var merged = place == nil ? try dictionary(f) : DictionaryValue()
                    let (new, g) = (try pairs.code(f).elements, try combine(f))
                    let merge = { (d: inout DictionaryValue) in try Self.insertPairs(new, into: &d) { _, old, value in try apply(g, old, value) } }
                    guard let place else {
                        try merge(&merged)
                        return .dictionary(merged)
                    }
                    // One access to the dictionary for the whole change, which leaves its place meanwhile.
                    try place.prepared(f) { d in
                        guard case .dictionary(var dict) = d else { return }
                        d = .void
                        defer { d = .dictionary(dict) }
                        try merge(&dict)
                    }
                    return .void
                }
            default: return try sequenceMethod(baseExpr, base, name, args, c)
            }
        case .set(let e):
            return try setMethod(baseExpr, base, e, name, args, c)
        case .int:
            return try integerMethod(base, name, labels, args, c)
        case let t where fixedWidthKind(t) != nil:
            return try integerMethod(base, name, labels, args, c)
        case .native(let t) where bindings.isArraySliceType(t):
            return try arraySliceMethod(baseExpr, base, name, args, c)
        case .native(let t) where t.sequence != nil:
            return try stringViewSlice(baseExpr, base, name, args, c) ?? sequenceViewSlice(base, name, args, c)
                ?? collectionViewSlice(base, name, args, c) ?? sequenceMethod(baseExpr, base, name, args, c)
        case .optional(let wrapped) where (name == "map" || name == "flatMap") && args.count == 1:
            let g = try functionArgument(args[0].expression, [wrapped], nil)
            // `flatMap`'s closure returns an optional, which is the result; `map` wraps its result.
            let result: SType
            if name == "flatMap" {
                guard case .optional = g.result else {
                    throw error(args[0].expression, "flatMap's closure must return an optional, not '\(g.result)'")
                }
                result = g.result
            } else {
                result = .optional(g.result)
            }
            let flat = name == "flatMap"
            return Typed(type: result) { f in
                guard case .some(let x) = try code(f) else { return .none }
                let y = try apply(try g.code(f), x)
                return flat ? y : .some(y)
            }
        case .double:
            switch (name, labels) {
            case ("remainder", ["dividingBy"]):
                let y = try expression(args[0].expression, as: .double)
                return Typed(type: .double) { f in
                    guard case .double(let a) = try code(f), case .double(let b) = try y(f) else { return .void }
                    return .double(a.remainder(dividingBy: b))
                }
            case ("isEqual", ["to"]), ("isLess", ["than"]), ("isLessThanOrEqualTo", [nil]):
                let (y, kind) = (try expression(args[0].expression, as: .double), name)
                return Typed(type: .bool) { f in
                    guard case .double(let a) = try code(f), case .double(let b) = try y(f) else { return .void }
                    return .bool(kind == "isEqual" ? a.isEqual(to: b) : kind == "isLess" ? a.isLess(than: b) : a.isLessThanOrEqualTo(b))
                }
            case ("addingProduct", [nil, nil]):
                let (y, z) = (try expression(args[0].expression, as: .double), try expression(args[1].expression, as: .double))
                return Typed(type: .double) { f in
                    guard case .double(let a) = try code(f), case .double(let b) = try y(f), case .double(let c) = try z(f) else { return .void }
                    return .double(a.addingProduct(b, c))
                }
            default: return nil
            }
        default:
            return nil
        }
    }

    /// Compiles `signum()` or `quotientAndRemainder(dividingBy:)` of an `Int`, or a method of an
    /// `Int` or fixed-width integer taking another of its type (`multipliedReportingOverflow(by:)`,
    /// `multipliedFullWidth(by:)`, … see `IntegerBits.method`); nil for another method. A literal
    /// zero divisor of `dividedReportingOverflow(by:)` or `remainderReportingOverflow(dividingBy:)`
    /// is swiftc's error.
    private func integerMethod(_ base: Typed, _ name: String, _ labels: [String?], _ args: [Argument],
                               _ c: FunctionCallExprSyntax) throws -> Typed? {
        let (code, at) = (base.code, self.at(c))
        let kind = fixedWidthKind(base.type)
        if name == "signum", labels.isEmpty, kind == nil {
            return Typed(type: .int) { f in
                guard case .int(let a) = try code(f) else { return .void }
                return .int(a.signum())
            }
        }
        if let label = IntegerBits.methodLabels[name], labels == [label] {
            guard let method = kind.map({ $0.method(name) }) ?? intMethod(name) else { return nil }
            let argument = try expression(args[0].expression, expected: base.type)
            if name == "dividedReportingOverflow" || name == "remainderReportingOverflow", argument.constantInt == 0,
               isIntegerLiteral(.leaf(args[0].expression)) {
                throw error(c.calledExpression.as(MemberAccessExprSyntax.self).map { Syntax($0.declName) } ?? Syntax(c), "division by zero")
            }
            let y = try coerce(argument, to: base.type, args[0].expression, role: "expected argument type")
            return Typed(type: method.type) { f in method.apply(try code(f), try y(f)) }
        }
        guard name == "quotientAndRemainder", labels == ["dividingBy"], kind == nil else { return nil }
        let y = try expression(args[0].expression, as: .int)
        return Typed(type: IntegerBits.quotientAndRemainderType(.int)) { f in
            guard case .int(let a) = try code(f), case .int(let b) = try y(f) else { return .void }
            switch IntegerBits.quotientAndRemainder(a, b) {
            case .success(let r): return IntegerBits.quotientAndRemainderValue(.int(r.quotient), .int(r.remainder))
            case .failure(let trap): throw InterpreterError(message: trap.text, at: at)
            }
        }
    }

    /// The method `name` of an `Int` taking another (see `IntegerBits.method`), nil for another name.
    private func intMethod(_ name: String) -> IntegerBits.Method? {
        guard let uint = bindings.fixedWidth["UInt"]?.type else { return nil }
        return IntegerBits.method(name, of: Int.self, type: .int, magnitude: (.native(uint), { uint.box($0) }),
                                  box: { .int($0) }, value: { if case .int(let n) = $0 { n } else { 0 } })
    }

    /// Compiles `Dictionary(grouping:by:)`, `Dictionary(uniqueKeysWithValues:)` or
    /// `Dictionary(_:uniquingKeysWith:)`.
    func dictionaryInitializer(_ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        let at = self.at(c)
        switch args.map({ $0.isTrailingClosure ? "by" : $0.label }) {
        case ["grouping", "by"]:
            let s = try sequence(args[0].expression)
            let key = try functionArgument(args[1].expression, [s.element], nil)
            try requireHashable(key.result, c.calledExpression, generic: "Dictionary")
            let runtime = self.runtime
            return Typed(type: .dictionary(key.result, .array(s.element))) { f in
                let (xs, g) = (try s.code(f), try key.code(f))
                guard case .function(let h) = g else { return .void }
                var groups = DictionaryValue()
                for x in xs {
                    let k = try runtime.call(h, x, at)
                    guard let i = groups.index[k], case .array(var members) = groups.values[i] else {
                        groups[k] = .array([x])
                        continue
                    }
                    groups.values[i] = .void
                    members.append(x)
                    groups.values[i] = .array(members)
                }
                return .dictionary(groups)
            }
        case ["uniqueKeysWithValues"], [nil, "uniquingKeysWith"]:
            let s = try sequence(args[0].expression)
            guard case .tuple(let types, _) = s.element, types.count == 2 else {
                throw error(args[0].expression, "Dictionary(\(args[0].label ?? "_"):) takes a sequence of (key, value) pairs, not of '\(s.element)'")
            }
            try requireHashable(types[0], c.calledExpression, generic: "Dictionary")
            let combine = args.count == 2 ? try functionArgument(args[1].expression, [types[1], types[1]], types[1]).code : nil
            let runtime = self.runtime
            return Typed(type: .dictionary(types[0], types[1])) { f in
                let merge = try combine?(f)
                var d = DictionaryValue()
                try Self.insertPairs(try s.code(f), into: &d) { key, old, value in
                    guard case .function(let g) = merge else {
                        throw InterpreterError(message: "duplicate values for key: '\(key.description)'", at: at)
                    }
                    return try runtime.call(g, old, value, at)
                }
                return .dictionary(d)
            }
        default:
            throw error(c, "use Dictionary(grouping:by:), Dictionary(uniqueKeysWithValues:) or Dictionary(_:uniquingKeysWith:)")
        }
    }

    /// Adds `(key, value)` pairs to `d` in their order, as `Dictionary`'s `merge` does: a key
    /// already there takes `combine(key, old, new)`.
    private static func insertPairs(_ pairs: [Value], into d: inout DictionaryValue,
                                    combining combine: (Value, Value, Value) throws -> Value) throws {
        for case .tuple(let t) in pairs {
            let (key, value) = (t.elements[0], t.elements[1])
            if let old = d[key] { d[key] = try combine(key, old, value) } else { d[key] = value }
        }
    }

    /// The options of a `split` call over elements of type `e`, read when it runs: whether an
    /// element separates, the most splits and whether empty pieces are left out; for a string
    /// split at a `String` (Swift's split at a collection), the separator's text.
    typealias SplitOptions = (isSeparator: (Value) throws -> Bool, maxSplits: Int, omitting: Bool, text: String?)

    /// Compiles the arguments of `split(separator:maxSplits:omittingEmptySubsequences:)` or
    /// `split(maxSplits:omittingEmptySubsequences:whereSeparator:)` over elements of type `e`
    /// (a string's `Character`s, whose separator may also be a `String`); nil for other labels.
    private func splitArguments(_ args: [Argument], _ labels: [String?], _ e: SType,
                                _ c: FunctionCallExprSyntax) throws -> ((Frame) throws -> SplitOptions)? {
        let order = ["separator", "maxSplits", "omittingEmptySubsequences", "whereSeparator"]
        let given = labels.compactMap { $0 }
        guard given.count == labels.count, given == order.filter(given.contains),
              given.contains("separator") != given.contains("whereSeparator") else { return nil }
        func argument(_ label: String) -> ExprSyntax? { zip(args, labels).first { $0.1 == label }?.0.expression }
        let separator = try argument("separator").map { try expression($0, expected: e) }
        let texts = { if case .string? = separator?.type, case .character = e { true } else { false } }()
        let separatorCode = try separator.map { texts ? $0.code : try coerce($0, to: e, argument("separator")!) }
        let predicate = try argument("whereSeparator").map { try functionArgument($0, [e], .bool).code }
        let maxSplits = try argument("maxSplits").map { try expression($0, as: .int) } ?? { _ in .int(.max) }
        let omitting = try argument("omittingEmptySubsequences").map { try expression($0, as: .bool) } ?? { _ in .bool(true) }
        let (runtime, at) = (self.runtime, self.at(c))
        return { f in
            let isSeparator: (Value) throws -> Bool
            if let separatorCode {
                let sep = try separatorCode(f)
                isSeparator = { $0 == sep }
            } else {
                guard case .function(let g) = try predicate?(f) else { return ({ _ in false }, 0, true, nil) }
                isSeparator = { try runtime.call(g, $0, at) == .bool(true) }
            }
            let (n, omit) = (try maxSplits(f).int, try omitting(f).bool)
            guard n >= 0 else { throw InterpreterError(message: "Must take zero or more splits", at: at) }
            return (isSeparator, n, omit, texts ? try separatorCode?(f).string : nil)
        }
    }

    /// Compiles a method of an `ArraySlice` that `split` made: `reversed()` as Swift's
    /// `ReversedCollection` of it (refused where it would be printed), `contains(_:)`, and the
    /// other methods of `Sequence` on its elements, with the array's implementation (see
    /// `sequenceMethod`); `filter` keeps it a slice. Nil for another method, such as a mutating
    /// one or one that answers with the slice's indices, which continue the array's.
    private func arraySliceMethod(_ baseExpr: ExprSyntax, _ base: Typed, _ name: String, _ args: [Argument],
                                  _ c: FunctionCallExprSyntax) throws -> Typed? {
        let at = self.at(c)
        guard let array = sequenceView(base, at), case .array(let e) = array.type, let elements = elementsOf(base, at) else { return nil }
        switch name {
        case "reversed" where args.isEmpty:
            return view(.reversed, of: [base], printable: false, element: e) { try elements($0[0]).reversed() }
        case "contains" where args.count == 1 && args[0].label == nil && !args[0].isTrailingClosure:
            return try builtinMethod(baseExpr, array, name, args, c, expected: nil)
        default:
            if var result = try sequenceMethod(baseExpr, base, name, args, c) {
                if name == "filter" { result.isArraySlice = true }
                return result
            }
            guard Self.arraySliceMembers.contains(name), let m = c.calledExpression.as(MemberAccessExprSyntax.self) else { return nil }
            throw unsupported(m.declName, "'\(name)' on an 'ArraySlice' that 'split' made, which is held whole here; use 'Array(…)' of it")
        }
    }

    /// Members of Swift's `ArraySlice` that a slice `split` made does not have here: its
    /// mutating methods, and those that answer with or take its indices, which continue the array's.
    private static let arraySliceMembers: Set<String> = [
        "append", "insert", "remove", "removeFirst", "removeLast", "removeAll", "removeSubrange", "replaceSubrange",
        "popLast", "popFirst", "sort", "reverse", "swapAt", "partition", "firstIndex", "lastIndex", "index",
        "prefix", "suffix", "dropFirst", "dropLast", "split", "drop",
    ]

    /// Compiles a string's `removeFirst()` or `removeLast()`, which return the `Character`
    /// removed, `popLast()`, which returns it or nil for an empty string, `removeFirst(_:)` or
    /// `removeLast(_:)`, which remove that many, trapping as Swift does when there are fewer, or
    /// `removeAll()` or `removeAll(where:)`, which removes the characters a predicate holds for.
    private func stringRemoval(_ baseExpr: ExprSyntax, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        let removingAll = name == "removeAll"
        let count = removingAll ? nil : try args.first.map { try expression($0.expression, as: .int) }
        let predicate = removingAll ? try args.first.map { try functionArgument($0.expression, [.character], .bool).code } : nil
        let place = try mutatingPlace(baseExpr, c)
        let (first, popping, runtime, at) = (name == "removeFirst", name == "popLast", self.runtime, self.at(c))
        let type: SType = popping ? .optional(.character) : count != nil || removingAll ? .void : .character
        return Typed(type: type) { f in
            try place.prepare?(f)
            let k = try count?(f).int
            let g = try predicate?(f)
            var removed: Value = .void
            // One access to the string, which leaves its place meanwhile.
            try place.prepared(f) { v in
                guard case .string(var s) = v else { return }
                v = .void
                defer { v = .string(s) }
                if removingAll {
                    guard case .function(let h)? = g else { return s.removeAll() }
                    return try s.removeAll { try runtime.call(h, .string(String($0)), at) == .bool(true) }
                }
                if popping {
                    removed = s.popLast().map { .some(.string(String($0))) } ?? .none
                    return
                }
                guard let k else {
                    guard !s.isEmpty else {
                        throw InterpreterError(message: "Can't remove \(first ? "first" : "last") element from an empty collection", at: at)
                    }
                    removed = .string(String(first ? s.removeFirst() : s.removeLast()))
                    return
                }
                guard k >= 0 else { throw InterpreterError(message: "Number of elements to remove should be non-negative", at: at) }
                guard k <= s.count else { throw InterpreterError(message: "Can't remove more items from a collection than it contains", at: at) }
                if first { s.removeFirst(k) } else { s.removeLast(k) }
            }
            return removed
        }
    }

    /// Compiles a string's `insert(_:at:)` of a `Character` or `insert(contentsOf:at:)` of a
    /// string at a `String.Index`, which must be a position in the string.
    private func stringInsertion(_ baseExpr: ExprSyntax, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        let text = try expression(args[0].expression, as: args[0].label == nil ? .character : .string)
        let index = try expression(args[1].expression, as: stringIndexType)
        let place = try mutatingPlace(baseExpr, c)
        let at = self.at(c)
        return Typed(type: .void) { f in
            try place.prepare?(f)
            let (t, i) = (try text(f).string, try index(f).native as! String.Index)
            try place.prepared(f) { v in
                guard case .string(var s) = v else { return }
                guard i <= s.endIndex, String.Index(i, within: s.unicodeScalars) != nil else {
                    throw InterpreterError(message: "String index is out of bounds", at: at)
                }
                v = .void
                s.insert(contentsOf: t, at: i)
                v = .string(s)
            }
            return .void
        }
    }

    /// The `CharacterSet` written as `e` (`.whitespaces`, `CharacterSet.letters`), one of
    /// `characterSets`; fails for any other expression.
    private func characterSet(_ e: ExprSyntax) throws -> CharacterSet {
        guard let m = e.as(MemberAccessExprSyntax.self), let set = Self.characterSets[m.declName.baseName.text],
              m.base == nil || m.base?.as(DeclReferenceExprSyntax.self)?.baseName.text == "CharacterSet" else {
            throw error(e, "use .whitespaces, .whitespacesAndNewlines, .newlines, .decimalDigits, .letters or .punctuationCharacters")
        }
        return set
    }

    /// Foundation's character sets by name, for `trimmingCharacters(in:)` and `components(separatedBy:)`.
    private static let characterSets: [String: CharacterSet] = [
        "whitespaces": .whitespaces, "whitespacesAndNewlines": .whitespacesAndNewlines, "newlines": .newlines,
        "decimalDigits": .decimalDigits, "letters": .letters, "punctuationCharacters": .punctuationCharacters,
    ]

    /// The property `name` of a `Character`, with its type; nil if a `Character` has no such property.
    private func characterProperty(_ name: String) -> (type: SType, get: (Character) -> Value)? {
        func flag(_ test: @escaping (Character) -> Bool) -> (type: SType, get: (Character) -> Value) { (.bool, { .bool(test($0)) }) }
        func digit(_ value: @escaping (Character) -> Int?) -> (type: SType, get: (Character) -> Value) {
            (.optional(.int), { value($0).map { .some(.int($0)) } ?? .none })
        }
        return switch name {
        case "isLetter": flag(\.isLetter)
        case "isNumber": flag(\.isNumber)
        case "isUppercase": flag(\.isUppercase)
        case "isLowercase": flag(\.isLowercase)
        case "isWhitespace": flag(\.isWhitespace)
        case "isPunctuation": flag(\.isPunctuation)
        case "isNewline": flag(\.isNewline)
        case "isHexDigit": flag(\.isHexDigit)
        case "isSymbol": flag(\.isSymbol)
        case "isCased": flag(\.isCased)
        case "isWholeNumber": flag(\.isWholeNumber)
        case "isASCII": flag(\.isASCII)
        case "wholeNumberValue": digit(\.wholeNumberValue)
        case "hexDigitValue": digit(\.hexDigitValue)
        // A `UInt8?`, boxed as Swift's `UInt8`.
        case "asciiValue":
            bindings.fixedWidth["UInt8"].map { kind in (.optional(.native(kind.type)), { $0.asciiValue.map { .some(kind.type.box($0)) } ?? .none }) }
        default: nil
        }
    }

    /// Compiles one of these properties, or returns nil.
    func libraryProperty(_ base: Typed, _ name: String, _ node: MemberAccessExprSyntax) -> Typed? {
        let code = base.code
        switch (base.type, name) {
        case (.string, "first"), (.string, "last"):
            let first = name == "first"
            return Typed(type: .optional(.character)) { f in
                guard case .string(let s) = try code(f) else { return .void }
                return (first ? s.first : s.last).map { .some(.string(String($0))) } ?? .none
            }
        case (.character, _) where characterProperty(name) != nil:
            let property = characterProperty(name)!
            return Typed(type: property.type) { f in
                guard case .string(let s) = try code(f), let character = s.first else { return .void }
                return property.get(character)
            }
        case (.string, "capitalized"):
            return Typed(type: .string) { f in
                guard case .string(let s) = try code(f) else { return .void }
                return .string(s.capitalized)
            }
        // A set's or dictionary's first element is the one its order, which changes from run to
        // run in Swift, puts first: known only when it has at most one.
        case (.set, "first"), (.dictionary, "first"):
            guard let view = sequenceView(base, at(node)), let e = view.type.elementType else { return nil }
            let (elements, at) = (view.code, self.at(node))
            let (kind, advice) = if case .set = base.type { ("Set", "'.sorted().first' or '.min()'") } else { ("Dictionary", "'.min { $0.key < $1.key }'") }
            return Typed(type: .optional(e)) { f in
                guard case .array(let xs) = try elements(f) else { return .void }
                guard xs.count <= 1 else {
                    throw InterpreterError(message: "a \(kind)'s first element changes from run to run in Swift; use \(advice) instead", at: at)
                }
                return xs.first.map { .some($0) } ?? .none
            }
        case (.set, "count"), (.set, "isEmpty"):
            let count = name == "count"
            return Typed(type: count ? .int : .bool) { f in
                guard case .array(let xs) = try code(f) else { return .void }
                return count ? .int(xs.count) : .bool(xs.isEmpty)
            }
        case (.array, "startIndex"), (.array, "endIndex"):
            let start = name == "startIndex"
            return Typed(type: .int) { f in
                guard case .array(let a) = try code(f) else { return .void }
                return .int(start ? a.startIndex : a.endIndex)
            }
        case (_, "sign") where base.type.isExactly(.double) || isFloat(base.type):
            let sign = runtime.floatingPointSign
            let (plus, minus) = (Value.enumeration(EnumValue(tag: sign.cases![0], payload: [])),
                                 Value.enumeration(EnumValue(tag: sign.cases![1], payload: [])))
            return Typed(type: .structure(sign)) { f in
                let v = try code(f)
                let negative = if case .double(let x) = v { x.sign == .minus } else { (v.native as? Float)?.sign == .minus }
                return negative ? minus : plus
            }
        default:
            return nil
        }
    }
}

extension StructType {
    /// Swift's `FloatingPointSign`: `x.sign` is `.minus` for a negative number, -0.0 and a NaN
    /// whose sign bit is set, else `.plus`; its `rawValue` is 0 or 1 as in Swift.
    static func floatingPointSign() -> StructType {
        libraryEnum("FloatingPointSign", module: "Swift.", cases: [("plus", 0), ("minus", 1)])
    }

    /// Foundation's `ComparisonResult`, what `caseInsensitiveCompare(_:)` and `compare(_:)`
    /// answer: `.orderedAscending`, `.orderedSame` or `.orderedDescending`, whose `rawValue`s are
    /// -1, 0 and 1, as in Swift.
    static func comparisonResult() -> StructType {
        libraryEnum("ComparisonResult", module: "FoundationEssentials.",
                    cases: [("orderedAscending", -1), ("orderedSame", 0), ("orderedDescending", 1)])
    }

    /// An enum of the standard library or Foundation, named `name` in `module` (as Swift's
    /// reflection names it, with its dot), with `Int` raw values: a type of the notes, so its
    /// values compare, print and switch as Swift's do.
    private static func libraryEnum(_ name: String, module: String, cases: [(name: String, rawValue: Int)]) -> StructType {
        let t = StructType(name: name)
        t.module = module
        t.conformances = ["Equatable", "Hashable"]
        t.rawType = .int
        t.cases = cases.enumerated().map { EnumCase(owner: t, name: $1.name, index: $0, parameters: []) }
        for (c, raw) in zip(t.cases!, cases) { c.rawValue = .int(raw.rawValue) }
        t.computed["rawValue"] = .init(code: .rawValueGetter(), signature: Signature(parameters: [], result: .int),
                                       isMutating: false, isStatic: false)
        return t
    }
}

extension Compiler {
    /// Compiles `x.formatted()` of a number: Foundation's default format (see
    /// `DefaultNumberFormat`); nil for a value that is not a number. A format style argument
    /// (`.percent`, `.number.precision(…)`) is refused.
    func defaultFormatted(_ base: Typed, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        let code = base.code
        let format: (Value) -> String
        switch base.type {
        case .double: format = { v in
                guard case .double(let x) = v else { return "" }
                return DefaultNumberFormat.floatingPoint(x.description, negative: x.sign == .minus)
            }
        case .int: format = { v in DefaultNumberFormat.integer(v.int) }
        // A `Float` is formatted as the `Double` it converts to exactly (`1,234.567749`).
        case let t where isFloat(t): format = { v in
                let x = Double(v.native as? Float ?? .nan)
                return DefaultNumberFormat.floatingPoint(x.description, negative: x.sign == .minus)
            }
        case let t where fixedWidthKind(t) != nil: format = { v in (v.native as? any BinaryInteger).map { DefaultNumberFormat.integer($0) } ?? "" }
        default: return nil
        }
        if let style = args.first {
            throw unsupported(style.expression, "'formatted' with a format style; use 'String(format:)' (or an inline value's format, `{swift:.3f} x`)")
        }
        return Typed(type: .string) { f in .string(format(try code(f))) }
    }
}
