import SwiftSyntax

/// `Range(_:)` and `ClosedRange(_:)` of a range of `Int`, and Swift's partial ranges of `Int` as values: `a...` (`PartialRangeFrom<Int>`), `...b`
/// (`PartialRangeThrough<Int>`) and `..<b` (`PartialRangeUpTo<Int>`), boxed as Swift's own, so
/// they print as Swift prints them, with their bounds and `contains(_:)`. Written in place, as in
/// `xs[2...]`, `zip(1..., xs)` or `case 90...:`, they are read from the syntax instead.
extension Bindings {
    /// The partial range type of `Int` whose generic name is `name`, if any.
    func partialRange(named name: String) -> NativeType? {
        switch name {
        case "PartialRangeFrom": partialRangeFrom
        case "PartialRangeThrough": partialRangeThrough
        case "PartialRangeUpTo": partialRangeUpTo
        default: nil
        }
    }

    /// Registers the bounds and `contains(_:)` of the partial range types.
    func registerPartialRanges() {
        members(partialRangeFrom, PartialRangeFrom<Int>.self, bound: "lowerBound", \.lowerBound)
        members(partialRangeThrough, PartialRangeThrough<Int>.self, bound: "upperBound", \.upperBound)
        members(partialRangeUpTo, PartialRangeUpTo<Int>.self, bound: "upperBound", \.upperBound)
    }

    /// Gives `t`, whose values box an `R`, its one bound and `contains(_:)`.
    private func members<R: RangeExpression<Int>>(_ t: NativeType, _: R.Type, bound name: String, _ bound: KeyPath<R, Int>) {
        t.properties[name] = (.int, { .int(($0.native as! R)[keyPath: bound]) })
        t.methods["contains"] = [native([param(nil, .int)], .bool) { _, a in .bool((a[0].native as! R).contains(a[1].int)) }]
    }
}

extension Compiler {
    /// Refuses a partial range where only one written in place is read: `feature` says what
    /// is not supported, with the way to write it.
    func refusePartialRange(_ type: SType, _ node: some SyntaxProtocol, _ feature: String) throws {
        guard case .native(let t) = type, t === bindings.partialRangeFrom || t === bindings.partialRangeThrough
            || t === bindings.partialRangeUpTo else { return }
        throw unsupported(node, feature)
    }

    /// Compiles `a...`, `...b` or `..<b` of an `Int` (`op` is the operator with its kind:
    /// `"postfix ..."`, `"prefix ..."`, `"prefix ..<"`) as a partial range; nil for another
    /// operator or operand.
    func partialRange(_ op: String, _ operand: Typed) -> Typed? {
        guard case .int = operand.type else { return nil }
        let code = operand.code
        let (from, through, upTo) = (bindings.partialRangeFrom, bindings.partialRangeThrough, bindings.partialRangeUpTo)
        switch op {
        case "postfix ...": return Typed(type: .native(from)) { f in from.box(try code(f).int...) }
        case "prefix ...": return Typed(type: .native(through)) { f in through.box(...(try code(f).int)) }
        case "prefix ..<": return Typed(type: .native(upTo)) { f in upTo.box(..<(try code(f).int)) }
        default: return nil
        }
    }
}

extension Compiler {
    /// Compiles `Range(r)` or `ClosedRange(r)` (`name`) of a range of `Int` of the other kind:
    /// the same elements, trapping where Swift does (`ClosedRange(0..<0)` is empty).
    func rangeConversion(_ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        let argument = try positional(args, 1, c, name)[0]
        let value = try expression(argument)
        guard case .range(let from) = value.type else {
            throw unsupported(argument, "\(name)(_:) of a '\(value.type)'; it takes a range of 'Int' here")
        }
        let (code, closed, at) = (value.code, name == "ClosedRange", self.at(c))
        guard from != closed else {
            throw error(c, "'init(_:)' is unavailable: Countable\(name) is now a \(name). No need to convert any more.")
        }
        return Typed(type: .range(closed: closed)) { f in
            guard case .range(let r) = try code(f) else { return .void }
            guard let last = r.last else { throw InterpreterError(message: "Can't form an empty closed range", at: at) }
            if closed { return .range(RangeValue(lower: r.lower, upper: last, closed: true)) }
            guard last < .max else { throw InterpreterError(message: "arithmetic overflow: Range(_:) of a range ending at Int.max", at: at) }
            return .range(RangeValue(lower: r.lower, upper: last + 1, closed: false))
        }
    }
}
