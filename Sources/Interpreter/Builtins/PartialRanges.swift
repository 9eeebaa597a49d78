import SwiftSyntax

/// Swift's partial ranges of `Int` as values: `a...` (`PartialRangeFrom<Int>`), `...b`
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
