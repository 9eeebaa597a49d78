import Foundation
import SwiftSyntax

/// Foundation's string formatting and the `String` and `Double` members that go with it.
extension Compiler {
    /// Compiles `String(format:_:)`, `String(describing:)` or `String(_:radix:uppercase:)`, or
    /// returns nil for another `String` initialiser.
    func stringInitializer(_ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        if args.count >= 2, args[0].label == nil, args[1].label == "radix", args.count == 2 || args[2].label == "uppercase" {
            // An `Int`, or a value of a fixed-width integer type in its own digits (`UInt8(200)` is
            // "c8", `Int8(-5)` "-101").
            let number = try expression(args[0].expression)
            let kind = fixedWidthKind(number.type)
            let value = kind == nil ? try coerce(number, to: .int, args[0].expression) : number.code
            let digits = kind?.digits ?? { v, r, u in String(v.int, radix: r, uppercase: u) }
            let radix = try expression(args[1].expression, as: .int)
            let uppercase = args.count == 3 ? try expression(args[2].expression, as: .bool) : { _ in .bool(false) }
            let at = self.at(c)
            return Typed(type: .string) { f in
                let n = try value(f)
                guard case .int(let r) = try radix(f), case .bool(let u) = try uppercase(f) else { return .void }
                guard (2...36).contains(r) else { throw InterpreterError(message: "radix must be between 2 and 36, got \(r)", at: at) }
                return .string(digits(n, r, u))
            }
        }
        switch args.first?.label {
        case "describing":
            guard args.count == 1 else { throw error(c, "'String(describing:)' takes one argument") }
            let value = try expression(args[0].expression)
            try refuseUnorderedPrinting(value.type, args[0].expression)
            let code = value.code
            return Typed(type: .string) { f in .string(try code(f).descriptionProperty) }
        case "reflecting":
            guard args.count == 1 else { throw error(c, "'String(reflecting:)' takes one argument") }
            let value = try expression(args[0].expression)
            try refuseUnorderedPrinting(value.type, args[0].expression, debug: true)
            let code = value.code
            return Typed(type: .string) { f in .string(try code(f).debugDescription) }
        case "format":
            let format = try expression(args[0].expression, as: .string)
            var values: [(Frame) throws -> PrintfFormat.Argument] = []
            for a in args.dropFirst() {
                guard a.label == nil else { throw error(a.expression, "extraneous argument label '\(a.label!):' in call to 'String(format:_:)'") }
                let t = try expression(a.expression)
                let code = t.code
                switch t.type {
                case .int: values.append { f in .int(try code(f).int, type: "Int") }
                case .double: values.append { f in .double(try code(f).double) }
                case .string: values.append { f in .string(try code(f).description) }
                case .native(let t) where t === bindings.nsString: values.append { f in .string(try code(f).description) }
                // A Float is passed as C passes it to a variadic function: as a Double.
                case let float where isFloat(float):
                    values.append { f in .double(Double(try code(f).native as? Float ?? .nan)) }
                // A fixed-width integer too: as a word, its own value extended by its own sign.
                case let integer where fixedWidthKind(integer) != nil:
                    let (word, name) = (fixedWidthKind(integer)!.intTruncating, integer.description)
                    values.append { f in .int(word(try code(f)), type: name) }
                // An optional number or string (`d["a"]`): swiftc asks to unwrap it.
                case .optional(let wrapped) where wrapped.isExactly(.int) || wrapped.isExactly(.double) || wrapped.isExactly(.string):
                    throw mustBeUnwrapped(t.type, wrapped, Syntax(a.expression))
                default: throw error(a.expression, "argument type '\(t.type)' does not conform to expected type 'CVarArg'")
                }
            }
            let (runtime, at) = (self.runtime, self.at(c))
            return Typed(type: .string) { f in
                guard case .string(let text) = try format(f) else { return .void }
                let arguments = try values.map { try $0(f) }
                do {
                    return .string(try PrintfFormat.format(text, arguments) { try runtime.checkCount($0, at) })
                } catch let message as PrintfFormat.Message {
                    throw InterpreterError(message: "String(format:): \(message.text)", at: at)
                }
            }
        default:
            return nil
        }
    }

    /// Compiles `x.rounded(_:)` with a `FloatingPointRoundingRule`, written as an implicit member
    /// (`.down`) or in full (`FloatingPointRoundingRule.down`).
    func roundedCall(_ base: @escaping Code, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        let rule = try roundingRule(args, "rounded", c)
        return Typed(type: .double) { f in
            guard case .double(let x) = try base(f) else { return .void }
            return .double(x.rounded(rule))
        }
    }

    /// The `FloatingPointRoundingRule` that is the only argument of `rounded(_:)` or `round(_:)`
    /// (`method`), written as an implicit member (`.down`) or in full
    /// (`FloatingPointRoundingRule.down`).
    func roundingRule(_ args: [Argument], _ method: String, _ c: FunctionCallExprSyntax) throws -> FloatingPointRoundingRule {
        guard args.count == 1, args[0].label == nil, let m = args[0].expression.as(MemberAccessExprSyntax.self),
              m.base == nil || m.base?.as(DeclReferenceExprSyntax.self)?.baseName.text == "FloatingPointRoundingRule",
              let rule = Self.roundingRules[m.declName.baseName.text] else {
            throw error(c, "'\(method)' takes a FloatingPointRoundingRule: .toNearestOrAwayFromZero, .toNearestOrEven, .up, .down, .towardZero or .awayFromZero")
        }
        return rule
    }

    /// Swift's rounding rules by name.
    private static let roundingRules: [String: FloatingPointRoundingRule] = [
        "toNearestOrAwayFromZero": .toNearestOrAwayFromZero, "toNearestOrEven": .toNearestOrEven, "up": .up,
        "down": .down, "towardZero": .towardZero, "awayFromZero": .awayFromZero,
    ]

    /// Compiles Foundation's `s.padding(toLength:withPad:startingAt:)`.
    func paddingCall(_ base: @escaping Code, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        guard args.map(\.label) == ["toLength", "withPad", "startingAt"] else {
            throw error(c, "use padding(toLength:withPad:startingAt:)")
        }
        let length = try expression(args[0].expression, as: .int)
        let pad = try expression(args[1].expression, as: .string)
        let start = try expression(args[2].expression, as: .int)
        let (runtime, at) = (self.runtime, self.at(c))
        return Typed(type: .string) { f in
            guard case .string(let s) = try base(f), case .int(let n) = try length(f), case .string(let p) = try pad(f),
                  case .int(let k) = try start(f) else { return .void }
            try runtime.checkCount(n, at)
            guard n >= 0, n <= s.utf16.count || (0..<p.utf16.count).contains(k) else {
                throw InterpreterError(
                    message: "padding(toLength:withPad:startingAt:) needs a length ≥ 0 and, to pad, a startingAt within the pad", at: at)
            }
            return .string(s.padding(toLength: n, withPad: p, startingAt: k))
        }
    }
}

/// `String.Index`: positions in a string, boxed as Swift's own `String.Index`, so that they move
/// over characters exactly as Swift's do; every use is checked against the string's bounds and
/// traps with Swift's message instead of crashing the worker.
extension Compiler {
    /// The type of a `String.Index`.
    var stringIndexType: SType { .native(bindings.stringIndex) }

    /// Compiles `startIndex`, `endIndex`, `indices` (a `DefaultIndices<String>`, a collection of
    /// the string's indices refused where it would be printed), `unicodeScalars`, `utf8` or
    /// `utf16` of a string (a `Character` has the views too), or returns nil for another property.
    func stringIndexProperty(_ base: Typed, _ name: String) -> Typed? {
        switch base.type {
        case .string, .character: break
        default: return nil
        }
        let views: [String: (NativeType, (String) -> Any)] = [
            "unicodeScalars": (bindings.unicodeScalarView, { $0.unicodeScalars }), "utf8": (bindings.utf8View, { $0.utf8 }),
            "utf16": (bindings.utf16View, { $0.utf16 }),
        ]
        if let (view, make) = views[name] {
            let code = base.code
            return Typed(type: .native(view)) { f in
                guard case .string(let s) = try code(f) else { return .void }
                return view.box(make(s))
            }
        }
        guard case .string = base.type, ["startIndex", "endIndex", "indices"].contains(name) else { return nil }
        let (code, index) = (base.code, bindings.stringIndex)
        if name == "indices" {
            return view(.defaultIndices, of: [base], printable: false, element: stringIndexType) { values in
                guard case .string(let s) = values[0] else { return [] }
                return s.indices.map { index.box($0) }
            }
        }
        let start = name == "startIndex"
        return Typed(type: stringIndexType) { f in
            guard case .string(let s) = try code(f) else { return .void }
            return index.box(start ? s.startIndex : s.endIndex)
        }
    }

    /// Compiles `prefix(_:)`, `suffix(_:)`, `dropFirst(_:)` or `dropLast(_:)` of a string's view
    /// (`s.utf8.prefix(3)`), a view of a substring (a `Substring.UTF8View`, see
    /// `Bindings.substringViewType`). Nil for another method or receiver.
    func stringViewSlice(_ baseExpr: ExprSyntax, _ base: Typed, _ name: String, _ args: [Argument],
                         _ c: FunctionCallExprSyntax) throws -> Typed? {
        guard case .native(let t) = base.type, [bindings.utf8View, bindings.utf16View, bindings.unicodeScalarView].contains(where: { $0 === t }),
              ["prefix", "suffix", "dropFirst", "dropLast"].contains(name), let array = sequenceView(base, at(c)),
              let elements = try builtinMethod(baseExpr, array, name, args, c, expected: nil)?.code else { return nil }
        let slice = bindings.substringViewType(t)
        return Typed(type: .native(slice)) { f in
            slice.box(LazyView(typeName: slice.name, qualifiedTypeName: slice.name, fields: [], elements: try elements(f).elements))
        }
    }

    /// The refusal of `what` (a subscript, `startIndex`, `index(after:)`, …) on a `Substring`:
    /// Swift's substring shares the indices of the string it comes from, but weave holds it as a
    /// string of its own, whose indices would not be those.
    func substringIndices(_ what: String, _ node: some SyntaxProtocol) -> InterpreterError {
        unsupported(node, "\(what) on a 'Substring', whose indices are those of the string it comes from; use 'String(…)' of it")
    }

    /// Compiles an argument that may be text of any of `types` (`String`, `Substring`,
    /// `Character`: `s.append(c)`, `s.contains("a")`), all held as strings; a literal takes the
    /// first. Fails with `mismatch` of the argument's type for another type.
    func textArgument(_ e: ExprSyntax, _ types: [SType], else mismatch: (SType) -> InterpreterError) throws -> Code {
        let text = try expression(e, expected: types[0])
        guard types.contains(where: text.type.isExactly) else { throw mismatch(text.type) }
        return text.code
    }

    /// The type of a `Range<String.Index>`, as `range(of:)` and `i..<j` give.
    var stringRangeType: SType { .native(bindings.stringRange) }

    /// Compiles `i < j`, `i == j` or another comparison of two `String.Index`es, or the range
    /// `i..<j`, or returns nil when the operands are not both indices.
    func stringIndexComparison(_ op: String, _ l: Typed, _ r: Typed, _ at: SourcePoint) -> Typed? {
        guard case .native(let a) = l.type, case .native(let b) = r.type, a === bindings.stringIndex, b === a else { return nil }
        let (x, y) = (l.code, r.code)
        if op == "..<" {
            let range = bindings.stringRange
            return Typed(type: stringRangeType) { f in
                let (i, j) = (try x(f).native as! String.Index, try y(f).native as! String.Index)
                guard i <= j else { throw InterpreterError(message: "Range requires lowerBound <= upperBound", at: at) }
                return range.box(i..<j)
            }
        }
        guard let compare = Self.comparison(String.Index.self, op) else { return nil }
        return Typed(type: .bool) { f in .bool(compare(try x(f).native as! String.Index, try y(f).native as! String.Index)) }
    }

    /// Compiles `index(after:)`, `index(before:)`, `index(_:offsetBy:)`, `firstIndex(of:)`,
    /// `lastIndex(of:)` or `distance(from:to:)` of a string, or returns nil for another method.
    func stringIndexMethod(_ base: Typed, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        guard case .string = base.type else { return nil }
        let (code, index, at) = (base.code, bindings.stringIndex, self.at(c))
        func string(_ f: Frame) throws -> String {
            guard case .string(let s) = try code(f) else { return "" }
            return s
        }
        let outOfBounds = InterpreterError(message: "String index is out of bounds", at: at)
        switch (name, args.map(\.label)) {
        case ("index", ["after"]), ("index", ["before"]):
            let i = try expression(args[0].expression, as: stringIndexType)
            let after = args[0].label == "after"
            return Typed(type: stringIndexType) { f in
                let (s, k) = (try string(f), try i(f).native as! String.Index)
                guard after ? k < s.endIndex : k > s.startIndex && k <= s.endIndex else { throw outOfBounds }
                return index.box(after ? s.index(after: k) : s.index(before: k))
            }
        case ("index", [nil, "offsetBy"]):
            let (i, n) = (try expression(args[0].expression, as: stringIndexType), try expression(args[1].expression, as: .int))
            return Typed(type: stringIndexType) { f in
                let (s, k) = (try string(f), try i(f).native as! String.Index)
                guard case .int(let distance) = try n(f), k <= s.endIndex,
                      let moved = s.index(k, offsetBy: distance, limitedBy: distance < 0 ? s.startIndex : s.endIndex) else { throw outOfBounds }
                return index.box(moved)
            }
        case ("firstIndex", ["of"]), ("lastIndex", ["of"]):
            let x = try expression(args[0].expression, as: .character)
            let first = name == "firstIndex"
            return Typed(type: .optional(stringIndexType)) { f in
                guard case .string(let t) = try x(f), let character = t.first else { return .void }
                let s = try string(f)
                return (first ? s.firstIndex(of: character) : s.lastIndex(of: character)).map { .some(index.box($0)) } ?? .none
            }
        case ("distance", ["from", "to"]):
            let (i, j) = (try expression(args[0].expression, as: stringIndexType), try expression(args[1].expression, as: stringIndexType))
            return Typed(type: .int) { f in
                let (s, a, b) = (try string(f), try i(f).native as! String.Index, try j(f).native as! String.Index)
                guard a <= s.endIndex, b <= s.endIndex else { throw outOfBounds }
                return .int(s.distance(from: a, to: b))
            }
        default:
            return nil
        }
    }

    /// Compiles `s[i]`, a `Character`, or `s[i..<j]`, `s[i...j]`, `s[i...]`, `s[..<j]`, `s[...j]`,
    /// a `Substring`, of a string and `String.Index` bounds.
    func stringSubscript(_ base: Typed, _ e: ExprSyntax, _ at: SourcePoint) throws -> Typed {
        let code = base.code
        let outOfBounds = InterpreterError(message: "String index is out of bounds", at: at)
        func bound(_ e: ExprSyntax) throws -> (Frame) throws -> String.Index {
            let i = try expression(e, as: stringIndexType)
            return { f in try i(f).native as! String.Index }
        }
        // The bounds as written: a missing one is the string's start or end.
        let lower: ((Frame) throws -> String.Index)?, upper: ((Frame) throws -> String.Index)?, closed: Bool
        if let p = e.as(PostfixOperatorExprSyntax.self), p.operator.text == "..." {
            (lower, upper, closed) = (try bound(p.expression), nil, false)
        } else if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "..<" || p.operator.text == "..." {
            (lower, upper, closed) = (nil, try bound(p.expression), p.operator.text == "...")
        } else if let s = e.as(SequenceExprSyntax.self), case .infix(let op, _, .leaf(let l), .leaf(let r)) = try fold(s), op == "..<" || op == "..." {
            (lower, upper, closed) = (try bound(l), try bound(r), op == "...")
        } else {
            let index = try expression(e, expected: stringIndexType)
            if case .native(let t) = index.type, t === bindings.stringRange {
                // A `Range<String.Index>` (`s[s.range(of: "x")!]`): its bounds.
                let range = index.code
                func side(_ path: KeyPath<Range<String.Index>, String.Index>) -> (Frame) throws -> String.Index {
                    { f in (try range(f).native as! Range<String.Index>)[keyPath: path] }
                }
                (lower, upper, closed) = (side(\.lowerBound), side(\.upperBound), false)
            } else {
                let i = try coerce(index, to: stringIndexType, e)
                return Typed(type: .character) { f in
                    guard case .string(let s) = try code(f) else { return .void }
                    let k = try i(f).native as! String.Index
                    guard k < s.endIndex else { throw outOfBounds }
                    return .string(String(s[k]))
                }
            }
        }
        return Typed(type: .substring) { f in
            guard case .string(let s) = try code(f) else { return .void }
            let a = try lower?(f) ?? s.startIndex
            var b = try upper?(f) ?? s.endIndex
            if closed {
                guard b < s.endIndex else { throw outOfBounds }
                b = s.index(after: b)
            }
            guard a <= b, b <= s.endIndex else {
                throw InterpreterError(message: a <= b ? "String index range is out of bounds" : "Range requires lowerBound <= upperBound", at: at)
            }
            return .string(String(s[a..<b]))
        }
    }

    /// Compiles a string's `remove(at:)`, which returns the `Character` removed, `range(of:)`,
    /// `replaceSubrange(_:with:)` or `replacingCharacters(in:with:)`, on `String.Index`es and
    /// their ranges, which must lie in the string.
    func stringRangeMethod(_ baseExpr: ExprSyntax, _ base: Typed, _ name: String, _ args: [Argument],
                           _ c: FunctionCallExprSyntax) throws -> Typed {
        let (code, at, range) = (base.code, self.at(c), bindings.stringRange)
        let outOfBounds = InterpreterError(message: "String index is out of bounds", at: at)
        /// The range `r` of `s`, checked to lie in it.
        func checked(_ r: Range<String.Index>, in s: String) throws -> Range<String.Index> {
            guard r.upperBound <= s.endIndex else { throw outOfBounds }
            return r
        }
        switch name {
        case "range":
            let target = try expression(args[0].expression, as: .string)
            return Typed(type: .optional(stringRangeType)) { f in
                guard case .string(let s) = try code(f), case .string(let t) = try target(f) else { return .void }
                return s.range(of: t).map { .some(range.box($0)) } ?? .none
            }
        case "replacingCharacters":
            let (r, text) = (try expression(args[0].expression, as: stringRangeType), try expression(args[1].expression, as: .string))
            return Typed(type: .string) { f in
                guard case .string(let s) = try code(f) else { return .void }
                return .string(s.replacingCharacters(in: try checked(try r(f).native as! Range<String.Index>, in: s), with: try text(f).string))
            }
        default:
            // `remove(at:)` or `replaceSubrange(_:with:)`: one access to the string, which leaves its place meanwhile.
            let removing = name == "remove"
            let position = try expression(args[0].expression, as: removing ? stringIndexType : stringRangeType)
            let text = removing ? nil : try expression(args[1].expression, as: .string)
            let place = try mutatingPlace(baseExpr, c)
            return Typed(type: removing ? .character : .void) { f in
                try place.prepare?(f)
                let (p, t) = (try position(f).native, try text?(f).string)
                var removed: Value = .void
                try place.prepared(f) { v in
                    guard case .string(var s) = v else { return }
                    if let i = p as? String.Index {
                        guard i < s.endIndex else { throw outOfBounds }
                        v = .void
                        removed = .string(String(s.remove(at: i)))
                    } else {
                        let r = try checked(p as! Range<String.Index>, in: s)
                        v = .void
                        s.replaceSubrange(r, with: t ?? "")
                    }
                    v = .string(s)
                }
                return removed
            }
        }
    }
}
