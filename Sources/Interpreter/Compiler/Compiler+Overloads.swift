import SwiftSyntax

/// How far a call's arguments are from one overload's parameters, counted as Swift's constraint
/// solver ranks solutions (measured against swiftc): arguments that are literals given a type
/// other than their default (`3` as a `Double`, `[1]` as a `Set`), then collection or tuple
/// literals that a generic parameter stands for whole (`[1.5]` for `T`), then literals inside
/// collection literals given another type (`[1, 2]` as a `[Double]`), then values wrapped in an
/// optional, then values converted to `Any` (not to another protocol, which costs nothing),
/// compared in that order; the lower score wins.
struct ConversionScore: Comparable {
    var nonDefaultLiterals = 0
    var literalsForGenericParameters = 0
    var nestedNonDefaultLiterals = 0
    var valueToOptional = 0
    var anyConversions = 0

    private var ranked: [Int] {
        [nonDefaultLiterals, literalsForGenericParameters, nestedNonDefaultLiterals, valueToOptional, anyConversions]
    }

    static func < (a: Self, b: Self) -> Bool { a.ranked.lexicographicallyPrecedes(b.ranked) }
}

/// One of the functions or methods that overload a name.
enum Overload {
    /// A function declared in a note.
    case function(Binding)
    /// A method of a type of the note.
    case method(StructType.Method)
    /// A generic function or method, specialised for the call.
    case generic(GenericFunction)
}

extension Compiler {
    /// An overload the arguments of a call fit, with its signature for them and how well they fit.
    private struct Candidate {
        var index: Int
        var overload: Overload
        var signature: Signature
        var score: ConversionScore

        var generic: GenericFunction? { if case .generic(let g) = overload { g } else { nil } }
    }

    /// Compiles a call of a name that several functions overload (see `chooseOverload`).
    func overloadedCall(_ name: String, _ b: Binding, _ args: [Argument], _ c: FunctionCallExprSyntax,
                        expected: SType?) throws -> Typed {
        let overloads = b.overloads.map(Overload.function) + b.genericOverloads.map(Overload.generic)
        switch try chooseOverload(name, overloads, args, c, expected: expected, kind: "global function") {
        case .function(let d): return try declaredCall(d, d.signature!, name, args, c)
        case .generic(let g): return try genericCall(g, args, c, expected: expected)
        case .method: preconditionFailure("a global function's overloads are functions")
        }
    }

    /// The overload a call of `name` means, as Swift ranks them: among those the arguments fit,
    /// the one with the lowest ``ConversionScore`` (so `f(3)` takes `f(_: Int)` over
    /// `f(_: Double)`, and `f<T>(_: T)` over `f(_: Double)`); on a tie one that is not generic
    /// over a generic one, and the more specialised of two (`Square` over `any Shape`,
    /// `<T: Numeric>` over `<T>`, `[T]` over `T`). A tie that rule does not break is refused, as
    /// are the choices Swift makes by subtler rules. `kind` names them in swiftc's message when
    /// none fits ("global function", "instance method", "static method").
    func chooseOverload(_ name: String, _ overloads: [Overload], _ args: [Argument], _ c: FunctionCallExprSyntax,
                        expected: SType?, kind: String) throws -> Overload {
        var viable: [Candidate] = []
        for (i, o) in overloads.enumerated() {
            do {
                let s: Signature
                switch o {
                case .function(let b): s = b.signature!
                case .method(let m): s = m.signature
                case .generic(let g): s = try inferredTypeArguments(g, args, c, expected: expected).signature
                }
                _ = try match(args, to: s, c, name: name) { _, _ in }
                let generic: GenericFunction? = if case .generic(let g) = o { g } else { nil }
                viable.append(Candidate(index: i, overload: o, signature: s, score: try score(args, s, of: generic, c, name: name)))
            } catch let e as NameError { throw e } catch {}
        }
        guard !viable.isEmpty else { throw error(c, "no exact matches in call to \(kind) '\(name)'") }
        // In a generic function's body an argument typed by a generic parameter has the type
        // argument's type here, which Swift's choice does not see.
        if viable.count > 1, specializationDepth > 0 {
            throw unsupported(c, "calling '\(name)', which several functions overload, inside a generic function, where Swift chooses by the generic parameters' constraints; call it outside or give the functions different names")
        }
        let lowest = viable.map(\.score).min()!
        let tied = viable.filter { $0.score == lowest }
        let declared = tied.filter { $0.generic == nil }
        // `f(Array(1...3))` beside `f(_: [Int])` and `f<T>(_: T)`: Swift's ranking then weighs how
        // the initialiser's own generic parameter is bound, and takes the generic function.
        if !declared.isEmpty, declared.count < tied.count, let construction = args.first(where: { constructsInferredGeneric($0.expression) }) {
            let type = construction.expression.as(FunctionCallExprSyntax.self)!.calledExpression.trimmedDescription
            throw unsupported(construction.expression, "passing '\(construction.expression.trimmedDescription)', whose type arguments Swift infers, to '\(name)', which a generic and a non-generic function overload; write them ('\(type)<…>(…)') or give the functions different names")
        }
        let best = declared.isEmpty
            ? tied.first { a in tied.allSatisfy { $0.index == a.index || isMoreSpecialized(a.generic!, than: $0.generic!) } }
            : declared.first { a in declared.allSatisfy { $0.index == a.index || isMoreSpecialized(a.signature, than: $0.signature) } }
        guard let best else {
            throw unsupported(c, "choosing among overloads of '\(name)' that fit these arguments equally well; give the functions different names or labels")
        }
        return best.overload
    }

    /// The instance method of `t` named `name` (or, with `isStatic`, the static one) that a call
    /// with `args` means: the one method or generic method of that name, or the one Swift ranks
    /// first of several (see `chooseOverload`); nil when `t` has none.
    func methodOverload(_ t: StructType, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax,
                        expected: SType?, isStatic: Bool = false) throws -> Overload? {
        var methods = (t.methodOverloads[name] ?? t.method(name).map { [$0] } ?? []).filter { $0.isStatic == isStatic }
        // A protocol extension's method of other labels, where none of the type's own takes the
        // arguments (`area()` beside `area(scale:)`); Swift prefers the type's own where both do.
        // In a protocol's extension, so are the requirements of the protocols it refines.
        // (One that the arguments fit better than any of the type's own is a candidate too:
        // `s.f(1)` takes the extension's `f(_: Int)` over the type's `f(_: Double)`.)
        let shapes = Set(methods.map(\.signature.parameterShape))
        let ownScores = methods.compactMap { try? score(args, $0.signature, of: nil, c, name: name) }
        for inherited in (t.protocolViews + t.allProtocols).flatMap({ $0.methods(named: name) })
        where inherited.isStatic == isStatic && !shapes.contains(inherited.signature.parameterShape) {
            if !ownScores.isEmpty {
                guard let fit = try? score(args, inherited.signature, of: nil, c, name: name), ownScores.allSatisfy({ fit < $0 }) else { continue }
            }
            let seen = inherited.seen(from: t)
            if !methods.contains(where: { $0.signature.parameterShape == seen.signature.parameterShape }) { methods.append(seen) }
        }
        // A protocol extension's generic methods (`func scaled<T: BinaryFloatingPoint>(_ s: T)`) too.
        let generics = ((t.genericMethods[name] ?? []) + (t.genericMethods[name] == nil ? t.allProtocols.flatMap { $0.genericMethods[name] ?? [] } : []))
            .filter { $0.isStatic == isStatic }
        let overloads = generics.map(Overload.generic) + methods.map(Overload.method)
        guard overloads.count > 1 else { return overloads.first }
        return try chooseOverload(name, overloads, args, c, expected: expected, kind: isStatic ? "static method" : "instance method")
    }

    /// Whether `e` calls an initialiser of a generic type without writing its type arguments
    /// (`Array(1...3)`, `Optional(2)`, `Stack(items: [1])`).
    private func constructsInferredGeneric(_ e: ExprSyntax) -> Bool {
        guard let r = e.as(FunctionCallExprSyntax.self)?.calledExpression.as(DeclReferenceExprSyntax.self) else { return false }
        let name = r.baseName.text
        return ["Array", "Set", "Optional", "Dictionary", "ContiguousArray", "Result", "KeyValuePairs"].contains(name)
            || scope.lookupType(name)?.generic != nil
    }

    /// The ``ConversionScore`` of passing `args` to a function of `signature`, the specialisation
    /// of `generic` if given.
    private func score(_ args: [Argument], _ signature: Signature, of generic: GenericFunction?, _ c: FunctionCallExprSyntax,
                       name: String) throws -> ConversionScore {
        var score = ConversionScore()
        let patterns = generic.map { g in g.syntax.signature.parameterClause.parameters.map { p -> Bool in
            guard let id = p.type.as(IdentifierTypeSyntax.self) else { return false }
            return g.parameterNames.contains(id.name.text) && id.genericArgumentClause == nil
        } }
        for (j, (p, taken)) in zip(signature.parameters, try argumentsByParameter(args, signature, c, name: name)).enumerated() {
            var type = p.type
            if p.isVariadic, case .array(let element) = type { type = element }
            for i in taken {
                if patterns?[j] == true, isCollectionLiteral(args[i].expression) { score.literalsForGenericParameters += 1 }
                addConversion(of: args[i].expression, to: type, &score)
            }
        }
        return score
    }

    /// Whether `e` is an array, dictionary or tuple literal (in parentheses or not).
    private func isCollectionLiteral(_ e: ExprSyntax) -> Bool {
        if let t = e.as(TupleExprSyntax.self) {
            return t.elements.count == 1 && t.elements.first!.label == nil ? isCollectionLiteral(t.elements.first!.expression) : true
        }
        return e.is(ArrayExprSyntax.self) || e.is(DictionaryExprSyntax.self)
    }

    /// Adds to `score` what passing `e` for a parameter of type `type` converts.
    private func addConversion(of e: ExprSyntax, to type: SType, _ score: inout ConversionScore) {
        let natural = try? expression(e).type
        var target = type
        if case .optional(let wrapped) = type, let natural {
            switch natural {
            case .optional, .nilLiteral: break
            default:
                score.valueToOptional += 1
                target = wrapped
            }
        }
        if case .any = target, let natural, !natural.isExactly(target) {
            score.anyConversions += 1
            return
        }
        if natural?.isExactly(target) != true { countNonDefaultLiterals(e, as: target, nested: false, &score) }
    }

    /// Whether a function of `a` takes any arguments one of `b` takes and not the other way
    /// round: each of its parameter types converts to `b`'s (`Square` to `any Shape`).
    private func isMoreSpecialized(_ a: Signature, than b: Signature) -> Bool {
        let (pa, pb) = (a.parameters.map(\.type), b.parameters.map(\.type))
        return pa.count == pb.count && zip(pa, pb).allSatisfy { $0.conforms(to: $1) } && !zip(pb, pa).allSatisfy { $0.conforms(to: $1) }
    }

    /// Counts into `score` the literals in `e` that take a type other than their default one
    /// (`Int`, `Double`, `String`, `Array`, `Dictionary`) as a value of `type`, `nested` when
    /// `e` is inside a collection or tuple literal: `[1, 2]` as a `[Double]` has two nested ones.
    private func countNonDefaultLiterals(_ e: ExprSyntax, as type: SType, nested: Bool, _ score: inout ConversionScore) {
        func count(_ n: Int) {
            if nested { score.nestedNonDefaultLiterals += n } else { score.nonDefaultLiterals += n }
        }
        if let t = e.as(TupleExprSyntax.self) {
            if t.elements.count == 1, t.elements.first!.label == nil { return countNonDefaultLiterals(t.elements.first!.expression, as: type, nested: nested, &score) }
            guard case .tuple(let types, _) = type, types.count == t.elements.count else { return }
            for (element, elementType) in zip(t.elements, types) { countNonDefaultLiterals(element.expression, as: elementType, nested: true, &score) }
            return
        }
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-" { return countNonDefaultLiterals(p.expression, as: type, nested: nested, &score) }
        // An array or dictionary literal is by default an `Array` or a `Dictionary`, not a `Set`.
        if let a = e.as(ArrayExprSyntax.self) {
            guard case .array(var element) = type else { return count(1) }
            if case .optional(let wrapped) = element {
                score.valueToOptional += a.elements.count { !$0.expression.is(NilLiteralExprSyntax.self) }
                element = wrapped
            }
            for x in a.elements { countNonDefaultLiterals(x.expression, as: element, nested: true, &score) }
            return
        }
        if let d = e.as(DictionaryExprSyntax.self) {
            guard case .dictionary(let keyType, let valueType) = type else { return count(1) }
            guard case .elements(let pairs) = d.content else { return }
            for pair in pairs {
                countNonDefaultLiterals(pair.key, as: keyType, nested: true, &score)
                countNonDefaultLiterals(pair.value, as: valueType, nested: true, &score)
            }
            return
        }
        if e.is(IntegerLiteralExprSyntax.self) { return count(type.isExactly(.int) ? 0 : 1) }
        if e.is(FloatLiteralExprSyntax.self) { return count(type.isExactly(.double) ? 0 : 1) }
        if e.is(StringLiteralExprSyntax.self) { return count(type.isExactly(.string) ? 0 : 1) }
        // The literals of arithmetic on literals alone (`2 * 4` as a `Double`) take its type; those
        // of another expression (`Square(side: 2)`) are typed inside it.
        let tokens = Array(e.tokens(viewMode: .sourceAccurate))
        guard tokens.allSatisfy({ token in
            switch token.tokenKind {
            case .integerLiteral, .floatLiteral, .binaryOperator, .prefixOperator, .leftParen, .rightParen: true
            default: false
            }
        }) else { return }
        count(tokens.filter { token in
            switch token.tokenKind {
            case .integerLiteral: !type.isExactly(.int)
            case .floatLiteral: !type.isExactly(.double)
            default: false
            }
        }.count)
    }

    /// Whether Swift ranks the generic function `a` above `b` for a call both fit equally well:
    /// each of `a`'s parameters is at least as specific as `b`'s (`[T]` over `T`, a type over a
    /// generic parameter) with at least the constraints, and one is more specific.
    private func isMoreSpecialized(_ a: GenericFunction, than b: GenericFunction) -> Bool {
        let (pa, pb) = (Array(a.syntax.signature.parameterClause.parameters), Array(b.syntax.signature.parameterClause.parameters))
        guard pa.count == pb.count else { return false }
        var strictly = false
        for (x, y) in zip(pa, pb) {
            let (sx, sy) = (specificity(x.type, of: a), specificity(y.type, of: b))
            let (cx, cy) = (constraints(x.type, of: a), constraints(y.type, of: b))
            guard sx >= sy, cy.allSatisfy({ implies(cx, $0) }) else { return false }
            if sx > sy || !cx.allSatisfy({ implies(cy, $0) }) { strictly = true }
        }
        return strictly
    }

    /// How much of `pattern` is fixed rather than a generic parameter of `g`: `T` none, `[T]`
    /// one, `[Int]` two.
    private func specificity(_ pattern: TypeSyntax, of g: GenericFunction) -> Int {
        if let id = pattern.as(IdentifierTypeSyntax.self) {
            if g.parameterNames.contains(id.name.text), id.genericArgumentClause == nil { return 0 }
            return 1 + (id.genericArgumentClause?.arguments.compactMap { $0.argument.as(TypeSyntax.self) }
                .map { specificity($0, of: g) }.reduce(0, +) ?? 0)
        }
        if let a = pattern.as(ArrayTypeSyntax.self) { return 1 + specificity(a.element, of: g) }
        if let o = pattern.as(OptionalTypeSyntax.self) { return 1 + specificity(o.wrappedType, of: g) }
        if let d = pattern.as(DictionaryTypeSyntax.self) { return 1 + specificity(d.key, of: g) + specificity(d.value, of: g) }
        if let attributed = pattern.as(AttributedTypeSyntax.self) { return specificity(attributed.baseType, of: g) }
        return 1
    }

    /// The protocols `g` constrains the generic parameter `pattern` names to, in its parameter
    /// list and its `where` clause; none for any other pattern.
    private func constraints(_ pattern: TypeSyntax, of g: GenericFunction) -> [String] {
        guard let name = pattern.as(IdentifierTypeSyntax.self)?.name.text, g.parameterNames.contains(name) else { return [] }
        let listed = g.syntax.genericParameterClause?.parameters.filter { $0.name.text == name }.compactMap(\.inheritedType) ?? []
        let required = g.syntax.genericWhereClause?.requirements.compactMap { r -> TypeSyntax? in
            guard case .conformanceRequirement(let c) = r.requirement, c.leftType.trimmedDescription == name else { return nil }
            return c.rightType
        } ?? []
        // Same-type requirements on it (`S.State == Int`), written with `τ` for its name, so that
        // those of two functions compare.
        func written(_ side: some SyntaxProtocol) -> String {
            side.tokens(viewMode: .sourceAccurate).map { (token: TokenSyntax) -> String in token.text == name ? "τ" : token.text }.joined()
        }
        var sameTypes: [String] = []
        for r in g.syntax.genericWhereClause?.requirements ?? [] {
            guard case .sameTypeRequirement(let same) = r.requirement else { continue }
            let (left, right) = (written(same.leftType), written(same.rightType))
            if [left, right].contains(where: { $0 == "τ" || $0.hasPrefix("τ.") }) { sameTypes.append(left + "==" + right) }
        }
        return (listed + required).flatMap { $0.trimmedDescription.components(separatedBy: "&") }
            .map { $0.trimmingCharacters(in: .whitespaces) } + sameTypes
    }

    /// Whether a type meeting every constraint of `given` meets `constraint` too: the same
    /// protocol, or one refining it (a standard one, or a protocol of the note).
    private func implies(_ given: [String], _ constraint: String) -> Bool {
        given.contains { name in
            if name == constraint { return true }
            if Self.standardRefinements[name]?.contains(where: { implies([$0], constraint) }) == true { return true }
            guard let p = scope.lookupType(name), let q = scope.lookupType(constraint) else { return false }
            return p.isSubtype(of: q)
        }
    }

    /// The standard library's protocols that each refines directly.
    private static let standardRefinements: [String: [String]] = [
        "Hashable": ["Equatable"], "Comparable": ["Equatable"], "AdditiveArithmetic": ["Equatable"],
        "Numeric": ["AdditiveArithmetic"], "SignedNumeric": ["Numeric"], "Strideable": ["Comparable"],
        "FloatingPoint": ["SignedNumeric", "Strideable", "Hashable"], "BinaryFloatingPoint": ["FloatingPoint"],
        "BinaryInteger": ["Numeric", "Hashable", "Strideable", "CustomStringConvertible"],
        "FixedWidthInteger": ["BinaryInteger"], "SignedInteger": ["BinaryInteger", "SignedNumeric"],
        "UnsignedInteger": ["BinaryInteger"], "Collection": ["Sequence"], "BidirectionalCollection": ["Collection"],
        "RandomAccessCollection": ["BidirectionalCollection"], "StringProtocol": ["Comparable", "Hashable", "BidirectionalCollection"],
    ]
}
