import Foundation
import SwiftSyntax

/// Binary operators, specialised at compile time by operand type so the evaluator
/// does one enum match per operand and no dispatch on the operator.
extension Compiler {
    /// Compiles `l op r` for operands already typed; `lhs` and `rhs` are their syntax, for a
    /// literal passed to an operator function the note declares to take that function's type.
    func binaryOperator(_ op: String, _ lhs: Folded, _ rhs: Folded, _ l: Typed, _ r: Typed, _ node: Syntax,
                        expected: SType? = nil) throws -> Typed {
        do {
            return try resolvedBinaryOperator(op, lhs, rhs, l, r, node, expected: expected)
        } catch let e as InterpreterError {
            // `losses.min() * 2`: an optional operand whose wrapped value the operator would take
            // is swiftc's "must be unwrapped", at the operand.
            for (isLeft, side, typed) in [(true, lhs, l), (false, rhs, r)] {
                guard case .optional(let wrapped) = typed.type, !["==", "!=", "??", "=", "~="].contains(op) else { continue }
                let unwrapped = Typed(type: wrapped, code: typed.code)
                let fits = (try? resolvedBinaryOperator(op, lhs, rhs, isLeft ? unwrapped : l, isLeft ? r : unwrapped, node)) != nil
                if fits { throw mustBeUnwrapped(typed.type, wrapped, side.leaf.map(Syntax.init) ?? node) }
            }
            // Both optional (`d["a"] * d["a"]`): swiftc names the left one.
            if case .optional(let lw) = l.type, case .optional(let rw) = r.type, !["==", "!=", "??", "=", "~="].contains(op),
               (try? resolvedBinaryOperator(op, lhs, rhs, Typed(type: lw, code: l.code), Typed(type: rw, code: r.code), node)) != nil {
                throw mustBeUnwrapped(l.type, lw, lhs.leaf.map(Syntax.init) ?? node)
            }
            throw e
        }
    }

    /// swiftc's error for a value of optional type `type` used where its `wrapped` value would
    /// do, at the part of `node` swiftc points to (a call's or member's name, a subscript's `[`).
    func mustBeUnwrapped(_ type: SType, _ wrapped: SType, _ node: Syntax) -> InterpreterError {
        var anchor = node
        while true {
            if let t = anchor.as(TupleExprSyntax.self), t.elements.count == 1 { anchor = Syntax(t.elements.first!.expression); continue }
            if let c = anchor.as(FunctionCallExprSyntax.self) { anchor = Syntax(c.calledExpression); continue }
            if let m = anchor.as(MemberAccessExprSyntax.self) { anchor = Syntax(m.declName); break }
            if let s = anchor.as(SubscriptCallExprSyntax.self) { anchor = Syntax(s.leftSquare); break }
            break
        }
        return error(anchor, "value of optional type '\(type)' must be unwrapped to a value of type '\(wrapped)'")
    }

    private func resolvedBinaryOperator(_ op: String, _ lhs: Folded, _ rhs: Folded, _ l: Typed, _ r: Typed, _ node: Syntax,
                                        expected: SType? = nil) throws -> Typed {
        let (a, b) = (l.code, r.code)
        let at = self.at(node)
        let (left, right) = (l.type.description, r.type.description)
        let mismatch = error(node, left == right ? "binary operator '\(op)' cannot be applied to two '\(left)' operands"
                                                 : "binary operator '\(op)' cannot be applied to operands of type '\(left)' and '\(right)'")
        if let declared = try declaredOperator(op, lhs, rhs, l, r, node, expected: expected) { return declared }
        // A protocol's `Self` opened to a standard type (`self * self` in an extension of the
        // protocol, for `Double`) has the type's own operators; what they give of the type is `Self`.
        let openedStandard = { (t: SType) -> (view: SType, standard: SType)? in
            if case .structure(let s) = t, let standard = s.opened?.builtin { (t, standard) } else { nil }
        }
        if let (view, standard) = openedStandard(l.type) ?? openedStandard(r.type) {
            let asStandard = { (t: Typed) in openedStandard(t.type) == nil ? t : Typed(type: standard, code: t.code) }
            let result = try resolvedBinaryOperator(op, lhs, rhs, asStandard(l), asStandard(r), node,
                                                    expected: expected.map { openedStandard($0) == nil ? $0 : standard })
            return result.type.isExactly(standard) ? Typed(type: view, code: result.code) : result
        }
        if let number = try numberOperator(op, l, r, node, operands: (lhs.leaf.map(Syntax.init) ?? node, rhs.leaf.map(Syntax.init) ?? node)) {
            return number
        }
        if let index = stringIndexComparison(op, l, r, at) { return index }
        // The standard `~=`, which patterns call: a range's `contains`, else `==`.
        if op == "~=" {
            let isRange = if case .range = l.type { true } else { l.type.isExactly(.native(bindings.doubleRange)) || l.type.isExactly(.native(bindings.halfOpenDoubleRange)) }
            guard isRange else { return try resolvedBinaryOperator("==", lhs, rhs, l, r, node) }
            if let range = lhs.leaf, let value = rhs.leaf {
                return try expression(synthesized("(\(range.trimmedDescription)).contains(\(value.trimmedDescription))", anchor: 1, at: range), expected: .bool)
            }
        }
        switch op {
        case "==", "!=":
            var (lt, rt) = (l.type, r.type)
            // Any optional compares with `nil`, whether its values are `Equatable` or not.
            let withNil: Bool
            if case .nilLiteral = lt { (lt, withNil) = (rt, true) } else if case .nilLiteral = rt { (rt, withNil) = (lt, true) } else { withNil = false }
            if let metatypes = metatypeEquality(op, l, r) { return metatypes }
            // A `String` and a `Substring` compare by their text, as Swift's `StringProtocol` does.
            let texts = lt.unwrappingOptionals.isStringProtocol && rt.unwrappingOptionals.isStringProtocol
            guard lt.conforms(to: rt) || rt.conforms(to: lt) || texts, withNil || isEquatable(lt) else { throw mismatch }
            if case .set = lt, case .set = rt { return setEquality(op, l, r) }
            let (lOptional, rOptional) = (isOptional(l), isOptional(r))
            let ac: Code = !lOptional && rOptional ? { f in .some(try a(f)) } : a
            let bc: Code = !rOptional && lOptional ? { f in .some(try b(f)) } : b
            let equal = op == "=="
            if case .double = lt {
                return Typed(type: .bool) { f in
                    guard case .double(let x) = try ac(f), case .double(let y) = try bc(f) else { return .void }
                    return .bool((x == y) == equal)
                }
            }
            // `[tag] == [other]`: a type inside declares its own `==`.
            if let declared = declaredEquality(lOptional || rOptional ? .optional(lt.unwrappingOptionals) : lt, at: at) {
                return Typed(type: .bool) { f in .bool((try declared(try ac(f), try bc(f))) == equal) }
            }
            return Typed(type: .bool) { f in .bool((try ac(f) == (try bc(f))) == equal) }
        default: break
        }
        if let identity = try identityComparison(op, l, r, node) { return identity }
        if let linear = try linearAlgebraOperator(op, l, r, node) { return linear }
        if op == "..." || op == "..<", case .double = l.type, case .double = r.type {
            return try doubleRange(op, l, r, node)
        }
        if let text = try textOperator(op, l, r, rhs) { return text }
        // A protocol's `Self` or associated type has only the operators its requirements declare,
        // which are found above; it stands for any type, so it must not pass for a number here.
        let isPlaceholder = { (t: SType) in if case .structure(let s) = t { s.isAssociatedType } else { false } }
        if isPlaceholder(r.type) != isPlaceholder(l.type), case .structure(let s) = isPlaceholder(r.type) ? r.type : l.type {
            // swiftc converts the other side's way: `t + self` for a `Double` t.
            let (other, placeholder) = isPlaceholder(r.type) ? (l.type, rhs) : (r.type, lhs)
            let name = s.name.hasSuffix(".Self") ? "Self" : s.name
            throw error(placeholder.node ?? node, "cannot convert value of type '\(name)' to expected argument type '\(other)'")
        }
        guard l.type.conforms(to: r.type), r.type.conforms(to: l.type), !isPlaceholder(l.type), !isPlaceholder(r.type) else { throw mismatch }
        switch (op, l.type) {
        case ("+", .double): return fused(Plus.self, l, r)
        case ("-", .double): return fused(Minus.self, l, r)
        case ("*", .double): return fused(Times.self, l, r)
        case ("/", .double): return fused(Divide.self, l, r)
        case ("+", .int), ("-", .int), ("*", .int), ("/", .int), ("%", .int), ("&", .int), ("|", .int), ("^", .int),
             ("<<", .int), (">>", .int), ("&<<", .int), ("&>>", .int), ("&+", .int), ("&-", .int), ("&*", .int):
            let (x, y) = (l.intOperand, r.intOperand)
            // The three most common operations are inlined; the others go through one call.
            func overflow() -> InterpreterError { InterpreterError(message: "arithmetic overflow in '\(op)'", at: at) }
            switch op {
            case "+": return Typed(int: { f in
                    let (v, o) = try x.value(f).addingReportingOverflow(try y.value(f))
                    if o { throw overflow() }
                    return v
                })
            case "-": return Typed(int: { f in
                    let (v, o) = try x.value(f).subtractingReportingOverflow(try y.value(f))
                    if o { throw overflow() }
                    return v
                })
            case "*": return Typed(int: { f in
                    let (v, o) = try x.value(f).multipliedReportingOverflow(by: try y.value(f))
                    if o { throw overflow() }
                    return v
                })
            default:
                let operation = try integerOperation(op, at)
                return Typed(int: { f in try operation(try x.value(f), try y.value(f)) })
            }
        case ("<", .double), ("<=", .double), (">", .double), (">=", .double):
            return ordering(op, l.doubleOperand, r.doubleOperand)
        case ("<", .int), ("<=", .int), (">", .int), (">=", .int):
            return ordering(op, l.intOperand, r.intOperand)
        // A `Comparable` enum is ordered by case, then payload; a tuple of up to six comparable
        // elements lexicographically, as Swift's tuple comparisons are.
        case ("<", let t) where ordersByLess(t), ("<=", let t) where ordersByLess(t),
             (">", let t) where ordersByLess(t), (">=", let t) where ordersByLess(t):
            let (strict, swapped) = (op == "<" || op == ">", op == ">" || op == ">=")
            return Typed(type: .bool) { f in
                let (x, y) = (try a(f), try b(f))
                let (p, q) = swapped ? (y, x) : (x, y)
                return .bool(strict ? less(p, q) : lessOrEqual(p, q))
            }
        case ("+", .array):
            let runtime = self.runtime
            return Typed(type: l.type) { f in
                guard case .array(let x) = try a(f), case .array(let y) = try b(f) else { return .void }
                try runtime.checkCount(x.count + y.count, at)
                return .array(x + y)
            }
        case ("..<", .int), ("...", .int):
            let closed = op == "..."
            if let x = l.constantInt, let y = r.constantInt, x <= y {
                let range = Value.range(RangeValue(lower: x, upper: y, closed: closed))
                return Typed(type: .range(closed: closed)) { _ in range }
            }
            return Typed(type: .range(closed: closed)) { f in
                guard case .int(let x) = try a(f), case .int(let y) = try b(f) else { return .void }
                guard x <= y else { throw InterpreterError(message: "range requires lowerBound <= upperBound", at: at) }
                return .range(RangeValue(lower: x, upper: y, closed: closed))
            }
        case ("%", .double):
            throw error(node, "'%' is unavailable: for floating-point numbers use truncatingRemainder instead")
        default:
            throw mismatch
        }
    }

    /// `l op r` on doubles, unboxed. Literal and variable operands are read inline rather than
    /// called, and two known numbers (literals, `let` constants) fold, to the same IEEE result
    /// Swift computes. Generic over the operator's type, not a closure, so each operator gets a
    /// closure of its own with the arithmetic inlined.
    private func fused<O: DoubleOperator>(_: O.Type, _ l: Typed, _ r: Typed) -> Typed {
        if let a = l.known, let b = r.known {
            // Of two literals, swiftc folds the result at compile time, where a NaN is the
            // positive one (`0.0 / 0.0` prints `nan`; computed at run time on x86 it is `-nan`).
            let value = O.apply(a, b)
            return l.constant != nil && r.constant != nil ? Typed(constant: value.isNaN ? .nan : value) : Typed(known: value)
        }
        return Typed(double: specialized(O.self, l.doubleOperand, r.doubleOperand))
    }

    /// The code of `x op y` for the kinds of `x` and `y` (a literal, a variable, an element, other
    /// code), each pair with a closure of its own: the closure holds only what its operands need
    /// and reads them without asking their kind, which on arithmetic loops is most of the cost of
    /// an operator.
    private func specialized<O: DoubleOperator>(_: O.Type, _ x: DoubleOperand, _ y: DoubleOperand) -> DoubleCode {
        switch x {
        case .constant(let a): specialized(O.self, Constant(value: a), y)
        case .variable(let p): specialized(O.self, Variable(place: p), y)
        case .element(let p, let k, let at): specialized(O.self, Element(place: p, index: k, at: at), y)
        case .code(let c): specialized(O.self, Computed(code: c), y)
        }
    }

    private func specialized<O: DoubleOperator, L: DoubleReader>(_: O.Type, _ l: L, _ y: DoubleOperand) -> DoubleCode {
        switch y {
        case .constant(let b): operation(O.self, l, Constant(value: b))
        case .variable(let p): operation(O.self, l, Variable(place: p))
        case .element(let p, let k, let at): operation(O.self, l, Element(place: p, index: k, at: at))
        case .code(let c): operation(O.self, l, Computed(code: c))
        }
    }

    private func operation<O: DoubleOperator, L: DoubleReader, R: DoubleReader>(_: O.Type, _ l: L, _ r: R) -> DoubleCode {
        { f in O.apply(try l.value(f), try r.value(f)) }
    }

    /// `<`, `<=`, `>` or `>=` on doubles, with the comparison inlined in the code of each.
    private func ordering(_ op: String, _ x: DoubleOperand, _ y: DoubleOperand) -> Typed {
        switch op {
        case "<": Typed(type: .bool) { f in .bool(try x.value(f) < y.value(f)) }
        case "<=": Typed(type: .bool) { f in .bool(try x.value(f) <= y.value(f)) }
        case ">": Typed(type: .bool) { f in .bool(try x.value(f) > y.value(f)) }
        default: Typed(type: .bool) { f in .bool(try x.value(f) >= y.value(f)) }
        }
    }

    /// `<`, `<=`, `>` or `>=` on integers, as `ordering` on doubles.
    private func ordering(_ op: String, _ x: IntOperand, _ y: IntOperand) -> Typed {
        switch op {
        case "<": Typed(type: .bool) { f in .bool(try x.value(f) < y.value(f)) }
        case "<=": Typed(type: .bool) { f in .bool(try x.value(f) <= y.value(f)) }
        case ">": Typed(type: .bool) { f in .bool(try x.value(f) > y.value(f)) }
        default: Typed(type: .bool) { f in .bool(try x.value(f) >= y.value(f)) }
        }
    }

    /// Compiles `+`, `<`, `<=`, `>` or `>=` of two texts: a `String` or `Substring` on each side
    /// (Swift's `+` gives the left side's type), or two `Character`s for the comparisons; nil
    /// for other operands. A `Character` added to a `String` is swiftc's error at the character.
    private func textOperator(_ op: String, _ l: Typed, _ r: Typed, _ rhs: Folded) throws -> Typed? {
        let (a, b) = (l.code, r.code)
        let characters = { if case .character = l.type, case .character = r.type { true } else { false } }()
        switch op {
        case "+" where l.type.isStringProtocol && r.type.isStringProtocol:
            return Typed(type: l.type) { f in
                guard case .string(let x) = try a(f), case .string(let y) = try b(f) else { return .void }
                return .string(x + y)
            }
        case "+" where l.type.isStringProtocol:
            guard case .character = r.type, let node = rhs.node else { return nil }
            throw error(node, "cannot convert value of type 'Character' to expected argument type '\(l.type)'")
        case _ where ["<", "<=", ">", ">="].contains(op) && (characters || (l.type.isStringProtocol && r.type.isStringProtocol)):
            let compare = comparison(op, String.self)
            return Typed(type: .bool) { f in
                guard case .string(let x) = try a(f), case .string(let y) = try b(f) else { return .void }
                return .bool(compare(x, y))
            }
        default: return nil
        }
    }

    private func isOptional(_ t: Typed) -> Bool {
        switch t.type {
        case .nilLiteral, .optional: true
        default: false
        }
    }

    /// Whether `less` orders values of type `t` as Swift's `<` does: a `Comparable` enum, or a
    /// tuple of up to six integers, numbers, strings or such enums.
    private func ordersByLess(_ t: SType) -> Bool {
        switch t {
        case .structure(let s): s.isComparableEnum
        case .tuple(let ts, _):
            ts.count <= 6 && ts.allSatisfy {
                switch $0 {
                case .int, .double, .string, .character, .substring: true
                case .structure(let s): s.isComparableEnum
                default: false
                }
            }
        default: false
        }
    }

    private func isEquatable(_ t: SType) -> Bool {
        switch t {
        case .function, .void, .any: false
        case .array(let e), .optional(let e): isEquatable(e)
        case .tuple(let ts, _): ts.allSatisfy(isEquatable)
        case .dictionary(let k, let v): isEquatable(k) && isEquatable(v)
        case .structure(let t): t.isEquatable
        default: true
        }
    }

    private func comparison<T: Comparable>(_ op: String, _: T.Type) -> (T, T) -> Bool {
        switch op {
        case "<": { $0 < $1 }
        case "<=": { $0 <= $1 }
        case ">": { $0 > $1 }
        default: { $0 >= $1 }
        }
    }

    /// Checked integer arithmetic: overflow and division by zero are errors, as in Swift.
    func integerOperation(_ op: String, _ at: SourcePoint) throws -> (Int, Int) throws -> Int {
        func checked(_ r: (partialValue: Int, overflow: Bool)) throws -> Int {
            if r.overflow { throw InterpreterError(message: "arithmetic overflow in '\(op)'", at: at) }
            return r.partialValue
        }
        switch op {
        case "+": return { try checked($0.addingReportingOverflow($1)) }
        case "-": return { try checked($0.subtractingReportingOverflow($1)) }
        case "*": return { try checked($0.multipliedReportingOverflow(by: $1)) }
        case "/", "%":
            let divide = op == "/"
            return { x, y in
                if y == 0 { throw InterpreterError(message: divide ? "division by zero" : "division by zero in remainder operation", at: at) }
                return try checked(divide ? x.dividedReportingOverflow(by: y) : x.remainderReportingOverflow(dividingBy: y))
            }
        // Bitwise, smart-shift and wrapping operators never trap, as in Swift.
        case "&": return { $0 & $1 }
        case "|": return { $0 | $1 }
        case "^": return { $0 ^ $1 }
        case "<<": return { $0 << $1 }
        case ">>": return { $0 >> $1 }
        case "&<<": return { $0 &<< $1 }
        case "&>>": return { $0 &>> $1 }
        case "&+": return { $0 &+ $1 }
        case "&-": return { $0 &- $1 }
        case "&*": return { $0 &* $1 }
        default: throw InterpreterError(message: "unknown operator '\(op)'", at: at)
        }
    }

    /// Fails, as `require` does, unless a value of `type` may be the right side of the compound
    /// assignment `op` to a `target`: a `String` or `Substring` takes `+=` of either, as Swift's
    /// `+=` of a sequence of `Character`s does.
    func requireCompoundOperand(_ op: String, _ type: SType, _ target: SType, _ node: some SyntaxProtocol) throws {
        if op == "+=", type.isStringProtocol, target.isStringProtocol { return }
        // The right side is the operator function's argument.
        try require(type, target, node, role: "expected argument type")
    }

    /// The function applying a compound assignment's operator to two values of `type`.
    func compoundOperation(_ op: String, _ type: SType, _ node: Syntax) throws -> (Value, Value) throws -> Value {
        let at = self.at(node)
        switch type {
        case .double:
            let fn: (Double, Double) -> Double
            switch op {
            case "+": fn = (+)
            case "-": fn = (-)
            case "*": fn = (*)
            case "/": fn = (/)
            default: throw error(node, "'\(op)=' is unavailable for 'Double'")
            }
            return { a, b in
                guard case .double(let x) = a, case .double(let y) = b else { return .void }
                return .double(fn(x, y))
            }
        case .int:
            let fn = try integerOperation(op, at)
            return { a, b in
                guard case .int(let x) = a, case .int(let y) = b else { return .void }
                return .int(try fn(x, y))
            }
        case let text where text.isStringProtocol && op == "+":
            return { a, b in
                guard case .string(let x) = a, case .string(let y) = b else { return .void }
                return .string(x + y)
            }
        case .array where op == "+":
            let runtime = self.runtime
            return { a, b in
                guard case .array(var x) = a, case .array(let y) = b else { return .void }
                try runtime.checkCount(x.count + y.count, at)
                x += y
                return .array(x)
            }
        default:
            throw error(node, "binary operator '\(op)=' cannot be applied to operands of type '\(type)'")
        }
    }
}

/// The evaluator's numeric fast paths: code that reads its operands (`Place`, `DoubleOperand`,
/// `IntOperand`, below) inline. They are written in this file because a debug build (the one
/// `swift run weave` uses) optimises each file on its own: `value(_:)` and `address(in:)` are
/// inlined only into closures written here; elsewhere each read would be a call.
extension Compiler {
    /// Code reading a binding's slot.
    func read(_ b: Binding) -> Code {
        let place = place(of: b)
        return { f in place.address(in: f).pointee }
    }

    /// Code storing into a binding's slot.
    func write(_ b: Binding) -> (Frame, Value) -> Void {
        let place = place(of: b)
        return { f, v in place.address(in: f).pointee = v }
    }

    /// A binding's slot as an assignable location.
    func storage(of b: Binding) -> LValue {
        let place = place(of: b)
        return LValue(type: b.type) { f, body in try body(&place.address(in: f).pointee) }
    }

    /// A use of a `Double` or `Int` variable, which operators read inline; nil for a variable of
    /// another type.
    func numberVariable(_ b: Binding) -> Typed? {
        let place = place(of: b)
        var variable: Typed
        switch b.type {
        case .double:
            let operand = DoubleOperand.variable(place)
            variable = Typed(double: { f in try operand.value(f) })
        case .int:
            let operand = IntOperand.variable(place)
            variable = Typed(int: { f in try operand.value(f) })
        default:
            return nil
        }
        variable.place = place
        return variable
    }

    /// `xs[k]` for a `[Double]` variable `xs`, read in place (the array is not copied or
    /// retained), and inline by operators.
    func doubleElement(of place: Place, at k: IntOperand, _ at: SourcePoint) -> Typed {
        let element = DoubleOperand.element(of: place, at: k, at)
        var typed = Typed(double: { f in try element.value(f) })
        typed.operand = element
        return typed
    }

    /// A function of one `Double` (`sqrt`, `exp`, …) applied to `x`: folded when `x` is known,
    /// the square root inlined, and a transcendental function's last result at this call
    /// remembered, as `mathFunction(_:_:_:)` does.
    func mathFunction(_ name: String, _ fn: @escaping (Double) -> Double, _ x: DoubleOperand) -> Typed {
        if case .constant(let a) = x { return Typed(known: fn(a)) }
        switch name {
        case "sqrt": return Typed(double: { f in try x.value(f).squareRoot() })
        case "floor", "ceil", "round", "trunc", "fabs": return Typed(double: { f in fn(try x.value(f)) })
        default:
            let last = LastCall(fn(0), 0)
            return Typed(double: { f in
                let a = try x.value(f)
                if a.bitPattern == last.x { return last.result }
                let result = fn(a)
                (last.x, last.result) = (a.bitPattern, result)
                return result
            })
        }
    }

    /// A function of two `Double`s (`pow`, `atan2`, …) applied to `x` and `y`: folded when both
    /// are known, and otherwise remembering its last arguments and result at this call, which it
    /// returns for the same arguments (bit for bit) without calling again. The functions are pure,
    /// so this only saves time: `pow(beta1, Double(t))` in a loop over coordinates is computed
    /// once per `t`, as compiled Swift hoists it out of that loop.
    func mathFunction(_ fn: @escaping (Double, Double) -> Double, _ x: DoubleOperand, _ y: DoubleOperand) -> Typed {
        if case .constant(let a) = x, case .constant(let b) = y { return Typed(known: fn(a, b)) }
        let last = LastCall(fn(0, 0), 0, 0)
        return Typed(double: { f in
            let (a, b) = (try x.value(f), try y.value(f))
            if a.bitPattern == last.x && b.bitPattern == last.y { return last.result }
            let result = fn(a, b)
            (last.x, last.y, last.result) = (a.bitPattern, b.bitPattern, result)
            return result
        })
    }

    /// `Double(x)` for an `Int` `x`.
    func doubleConversion(_ x: IntOperand) -> Typed {
        Typed(double: { f in Double(try x.value(f)) })
    }

    /// A statement storing `value` in the variable at `place` (a declaration's initial value, or
    /// an assignment): a number unboxed until it is stored.
    func store(_ value: Typed, into place: Place) -> Exec {
        switch value.type {
        case .double:
            let x = value.doubleOperand
            return { f in
                let v = try x.value(f)
                place.address(in: f).pointee = .double(v)
                return .normal
            }
        case .int:
            let x = value.intOperand
            return { f in
                let v = try x.value(f)
                place.address(in: f).pointee = .int(v)
                return .normal
            }
        case .array(.double) where value.doubleArray != nil:
            // `let g = [a, b]` in a loop: the array the variable held, when nothing else holds
            // it, takes the new numbers in place instead of a new array being made.
            let literal = value.doubleArray!, runtime = self.runtime
            return { f in
                try runtime.checkCount(literal.count, literal.at)
                try withUnsafeTemporaryAllocation(of: Double.self, capacity: literal.count) { numbers in
                    // The numbers first: they may read the variable.
                    try literal.fill(f, numbers.baseAddress!)
                    let stored = place.address(in: f)
                    let taken = stored.move()
                    if case .array(var a) = taken, a.count == literal.count {
                        _ = consume taken
                        for k in 0..<literal.count { a[k] = .double(numbers[k]) }
                        stored.initialize(to: .array(a))
                    } else {
                        _ = consume taken
                        stored.initialize(to: .array(numbers.map { .double($0) }))
                    }
                }
                return .normal
            }
        default:
            let code = value.code
            return { f in
                let v = try code(f)
                place.address(in: f).pointee = v
                return .normal
            }
        }
    }

    /// A pattern that always matches and stores the value in the variable at `place` (a `for`
    /// loop's variable).
    func storing(into place: Place) -> Matcher {
        { f, v in
            place.address(in: f).pointee = v
            return true
        }
    }

    /// `for i in range { body }` with `i` stored at `place` and the body run in the loop's own
    /// frame (it creates no closures and has no `where`): the frame is neither made nor retained
    /// per iteration, and `i` is stored unboxed from a native counter.
    func rangeLoop(_ range: @escaping Code, into place: Place, _ body: @escaping Exec, _ id: Int, _ at: SourcePoint) -> Exec {
        let runtime = self.runtime
        return { f in
            guard case .range(let r) = try range(f), let span = r.span else { return .normal }
            for i in span {
                try runtime.tick(at)
                place.address(in: f).pointee = .int(i)
                switch try body(f) {
                case .normal, .continueLoop(id): continue
                case .breakOut(id): return .normal
                case let other: return other
                }
            }
            return .normal
        }
    }

    /// `[x, y, …]` of `Double`s, each read inline.
    func doubleArray(_ elements: [DoubleOperand], _ at: SourcePoint) -> Typed {
        let runtime = self.runtime
        let literal = DoubleArrayLiteral(count: elements.count, fill: filling(elements[...]), at: at)
        var typed = Typed(type: .array(.double)) { f in
            try runtime.checkCount(literal.count, at)
            return .array(try literal.array(f))
        }
        typed.doubleArray = literal
        return typed
    }

    /// Code writing `elements` into consecutive numbers, up to four per closure: each holds its
    /// operands as constants, which a loop over an array of operands would copy (and retain) one
    /// by one.
    private func filling(_ elements: ArraySlice<DoubleOperand>) -> DoubleArrayLiteral.Fill {
        let i = elements.startIndex
        switch elements.count {
        case 0: return { _, _ in }
        case 1:
            let a = elements[i]
            return { f, p in p[i] = try a.value(f) }
        case 2:
            let (a, b) = (elements[i], elements[i + 1])
            return { f, p in
                p[i] = try a.value(f)
                p[i + 1] = try b.value(f)
            }
        case 3:
            let (a, b, c) = (elements[i], elements[i + 1], elements[i + 2])
            return { f, p in
                p[i] = try a.value(f)
                p[i + 1] = try b.value(f)
                p[i + 2] = try c.value(f)
            }
        default:
            let (a, b, c, d) = (elements[i], elements[i + 1], elements[i + 2], elements[i + 3])
            let rest = filling(elements.dropFirst(4))
            return { f, p in
                p[i] = try a.value(f)
                p[i + 1] = try b.value(f)
                p[i + 2] = try c.value(f)
                p[i + 3] = try d.value(f)
                try rest(f, p)
            }
        }
    }

    /// `xs[k] op= y` (or `xs[k] = y` for `op` "=") for a `[Double]` or `Vector` variable `xs`:
    /// the element is updated in place in the variable's slot, with the number unboxed.
    func doubleElementAssignment(_ op: String, of place: Place, at k: IntOperand, _ y: DoubleOperand, _ at: SourcePoint) -> Typed {
        switch op {
        case "+=": elementAssignment(Plus.self, place, k, y, at)
        case "-=": elementAssignment(Minus.self, place, k, y, at)
        case "*=": elementAssignment(Times.self, place, k, y, at)
        case "/=": elementAssignment(Divide.self, place, k, y, at)
        default: elementAssignment(Replace.self, place, k, y, at)
        }
    }

    private func elementAssignment<O: DoubleOperator>(_: O.Type, _ place: Place, _ k: IntOperand, _ y: DoubleOperand,
                                                      _ at: SourcePoint) -> Typed {
        // Moves the collection out of the slot (so it stays uniquely referenced and is not
        // copied on write, and is neither retained nor released), updates the element and moves
        // it back.
        Typed(statement: { f in
            // The index first, then the value, as Swift evaluates an assignment's parts.
            let k = try k.value(f)
            let v = try y.value(f)
            let stored = place.address(in: f)
            let taken = stored.move()
            if case .array(var a) = taken {
                _ = consume taken
                defer { stored.initialize(to: .array(a)) }
                guard k >= 0 && k < a.count else { throw indexError(k, a.count, at) }
                guard case .double(let x) = a[k] else { return .normal }
                // The element is a number, which needs no release: it is overwritten in place.
                a.withUnsafeMutableBufferPointer { elements in (elements.baseAddress! + k).initialize(to: .double(O.apply(x, v))) }
            } else if case .vector(var x) = taken {
                _ = consume taken
                defer { stored.initialize(to: .vector(x)) }
                guard k >= 0 && k < x.count else { throw indexError(k, x.count, at) }
                x.scalars[k] = O.apply(x.scalars[k], v)
            } else {
                stored.initialize(to: taken)
            }
            return .normal
        })
    }
}

/// The last call of a pure function of one or two `Double`s at one call site: its arguments'
/// bit patterns and its result. It starts as the function's value at zero, a real call.
private final class LastCall {
    @exclusivity(unchecked) var x: UInt64
    @exclusivity(unchecked) var y: UInt64
    @exclusivity(unchecked) var result: Double

    init(_ result: Double, _ x: Double, _ y: Double = 0) {
        (self.result, self.x, self.y) = (result, x.bitPattern, y.bitPattern)
    }
}

/// A `[Double]` literal: its length and the code computing its numbers.
struct DoubleArrayLiteral {
    /// Code writing the numbers into consecutive storage, unboxed, in order.
    typealias Fill = (Frame, UnsafeMutablePointer<Double>) throws -> Void
    /// The number of elements.
    let count: Int
    /// The code computing them.
    let fill: Fill
    /// Where the literal is.
    let at: SourcePoint

    /// A new array of the numbers.
    @inline(__always)
    func array(_ f: Frame) throws -> [Value] {
        try withUnsafeTemporaryAllocation(of: Double.self, capacity: count) { numbers in
            try fill(f, numbers.baseAddress!)
            return numbers.map { .double($0) }
        }
    }
}

/// One of `Double`'s four arithmetic operators (or `Replace`, for `=`), as a type (see `Compiler.fused`).
private protocol DoubleOperator {
    static func apply(_ a: Double, _ b: Double) -> Double
}

private enum Plus: DoubleOperator {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a + b }
}

private enum Minus: DoubleOperator {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a - b }
}

private enum Times: DoubleOperator {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a * b }
}

private enum Divide: DoubleOperator {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a / b }
}

/// `=`: the new value replaces the old.
private enum Replace: DoubleOperator {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { b }
}

// MARK: Operands

/// Where a variable lives, resolved at compile time: a slot of the session's globals, of the
/// running function's frame, or of an enclosing function's frame (a captured variable).
///
/// Code that reads or writes a variable finds its storage with `address(in:)`, inline, rather than
/// by calling a closure that computes the address: on arithmetic loops, calls to such small
/// closures were a large part of the evaluator's time.
enum Place {
    /// A slot of the session's globals frame, which lives as long as the session and its code.
    case global(UnsafeMutablePointer<Value>)
    /// Slot `slot` of the running function's frame.
    case local(slot: Int)
    /// Slot `slot` of the frame `depth` levels out.
    case outer(depth: Int, slot: Int)

    /// The storage of the variable while `f` runs.
    @inline(__always)
    func address(in f: Frame) -> UnsafeMutablePointer<Value> {
        switch self {
        case .global(let p): p
        case .local(let i): f.slots + i
        case .outer(let d, let i): f.outer(d).slots + i
        }
    }
}

/// A `Double` operand of an operator, a subscript or an assignment, read inline by the code that
/// uses it: a literal or a variable without a call, anything else by calling its code.
enum DoubleOperand {
    /// A literal.
    case constant(Double)
    /// A `Double` variable.
    case variable(Place)
    /// `xs[i]` for a `[Double]` variable `xs`; `at` locates the subscript for an index out of
    /// range.
    case element(of: Place, at: IntOperand, SourcePoint)
    /// Any other expression, unboxed.
    case code(DoubleCode)

    /// The operand's value while `f` runs.
    @inline(__always)
    func value(_ f: Frame) throws -> Double {
        switch self {
        case .constant(let x): x
        case .variable(let p): Variable(place: p).value(f)
        case .element(let p, let k, let at): try Element(place: p, index: k, at: at).value(f)
        case .code(let c): try c(f)
        }
    }
}

/// A `DoubleOperand` of a kind known when the code is compiled, so that code generic over it reads
/// the operand without asking its kind (see `Compiler.specialized`).
private protocol DoubleReader {
    func value(_ f: Frame) throws -> Double
}

private struct Constant: DoubleReader {
    let value: Double
    @inline(__always) func value(_ f: Frame) -> Double { value }
}

private struct Variable: DoubleReader {
    let place: Place
    @inline(__always) func value(_ f: Frame) -> Double {
        guard case .double(let x) = place.address(in: f).pointee else { return .nan }
        return x
    }
}

private struct Element: DoubleReader {
    let place: Place
    let index: IntOperand
    let at: SourcePoint
    @inline(__always) func value(_ f: Frame) throws -> Double {
        let k = try index.value(f)
        guard case .array(let a) = place.address(in: f).pointee else { return .nan }
        guard k >= 0 && k < a.count else { throw indexError(k, a.count, at) }
        guard case .double(let x) = a[k] else { return .nan }
        return x
    }
}

private struct Computed: DoubleReader {
    let code: DoubleCode
    @inline(__always) func value(_ f: Frame) throws -> Double { try code(f) }
}

/// An `Int` operand, read inline as `DoubleOperand` is.
enum IntOperand {
    /// A literal.
    case constant(Int)
    /// An `Int` variable.
    case variable(Place)
    /// Any other expression, unboxed.
    case code(IntCode)

    /// The operand's value while `f` runs.
    @inline(__always)
    func value(_ f: Frame) throws -> Int {
        switch self {
        case .constant(let x): return x
        case .variable(let p):
            guard case .int(let x) = p.address(in: f).pointee else { return 0 }
            return x
        case .code(let c): return try c(f)
        }
    }
}
