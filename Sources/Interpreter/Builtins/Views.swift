import SwiftSyntax

/// The standard library's lazy views: `a.reversed()` is a `ReversedCollection<Array<Int>>`,
/// `a.enumerated()` an `EnumeratedSequence`, `zip(a, b)` a `Zip2Sequence`, `[[1], [2]].joined()`
/// a `FlattenSequence` and `stride(from:to:by:)` a `StrideTo`. They iterate, `map`, `filter`,
/// `count` and convert with `Array(…)` like the arrays of their elements, but Swift prints them
/// as the structures they are — `ReversedCollection<Array<Int>>(_base: [1, 2, 3])`, not
/// `[3, 2, 1]` — and so do they here. Their elements are computed when the view is made.
///
/// A view whose base prints in a way not reproduced here (a set, a dictionary, an Optim value)
/// is refused where it would be printed; `Array(…)` of it prints its elements.
struct LazyView {
    /// The view's type, as `print` shows it at the top level.
    let typeName: String
    /// The type with its module, as Swift shows it nested in a collection or another view.
    let qualifiedTypeName: String
    /// The stored properties Swift's reflection shows, with their labels (`_base`); empty for a
    /// view Swift prints as its type's name alone (a stride).
    let fields: [(label: String, value: Value)]
    /// The elements, in iteration order.
    let elements: [Value]

    /// What `print` shows.
    var description: String { text(typeName) }

    /// What Swift shows for the view nested in a collection, an optional or another view.
    var debugDescription: String { text(qualifiedTypeName) }

    private func text(_ name: String) -> String {
        fields.isEmpty ? qualifiedTypeName : name + "(" + fields.map { "\($0.label): \($0.value.debugDescription)" }.joined(separator: ", ") + ")"
    }
}

/// The kinds of view, with what Swift gives each beyond `Sequence`.
enum LazyViewKind {
    case reversed, enumerated, zip, flatten, strideTo, strideThrough
    /// `repeatElement(_:count:)` (see `repeatedType`) and `joined(separator:)` (see `joinedSequenceType`).
    case repeated, joinedWithSeparator
    /// `xs.lazy`, and the `map` and `filter` of a lazy sequence (`compactMap` is a map, a filter
    /// and a map, as in Swift; see `lazyMethod`).
    case lazy, lazyMap, lazyFilter
    /// A string's `indices` (`DefaultIndices<String>`), and a slice of one of a string's views
    /// (`s.utf8.prefix(3)`, a `Substring.UTF8View`, which wraps a `Slice<String.UTF8View>`; see
    /// `Bindings.substringViewType`): Swift prints both with the string's indices, which are not
    /// reproduced here. A `Vector`'s `prefix`, `suffix`, `dropFirst` and `dropLast` are slices
    /// too, `Slice<Vector>`s, which keep the vector whole with the bounds of its part (see
    /// `vectorSlice`) and print as Swift prints them.
    case defaultIndices, slice
    /// `prefix(_:)` of a sequence of the note (`PrefixSequence<Iterates>`), which may be endless,
    /// or of a view that is only a sequence (`PrefixSequence<Zip2Sequence<…>>`).
    case prefix
    /// `dropFirst(_:)` and `drop(while:)` of a view that is only a sequence (see
    /// `sequenceViewSlice`). Swift prints a `DropWhileSequence` with its base's iterator, which is
    /// not reproduced here, so it is refused where it would be printed.
    case dropFirst, dropWhile

    /// The generic type's name.
    var name: String {
        switch self {
        case .reversed: "ReversedCollection"
        case .enumerated: "EnumeratedSequence"
        case .zip: "Zip2Sequence"
        case .flatten: "FlattenSequence"
        case .strideTo: "StrideTo"
        case .strideThrough: "StrideThrough"
        case .repeated: "Repeated"
        case .joinedWithSeparator: "JoinedSequence"
        case .lazy: "LazySequence"
        case .lazyMap: "LazyMapSequence"
        case .lazyFilter: "LazyFilterSequence"
        case .defaultIndices: "DefaultIndices"
        case .slice: "Slice"
        case .prefix: "PrefixSequence"
        case .dropFirst: "DropFirstSequence"
        case .dropWhile: "DropWhileSequence"
        }
    }

    /// The labels of the stored properties Swift prints.
    var fieldLabels: [String] {
        switch self {
        case .zip: ["_sequence1", "_sequence2"]
        case .repeated: ["count", "repeatedValue"]
        case .strideTo, .strideThrough: []
        case .lazyMap: ["_base", "_transform"]
        case .lazyFilter: ["_base", "_predicate"]
        case .defaultIndices: ["_elements", "_startIndex", "_endIndex"]
        case .slice: ["_startIndex", "_endIndex", "_base"]
        case .prefix: ["_base", "_maxLength"]
        case .dropFirst: ["_base", "_limit"]
        default: ["_base"]
        }
    }

    /// Whether the view is a lazy sequence, whose `map` and `filter` are lazy too.
    var isLazy: Bool {
        switch self {
        case .lazy, .lazyMap, .lazyFilter: true
        default: false
        }
    }

    /// Whether the view is a `Collection` (so has `count`, `first` and `isEmpty`); zips and
    /// strides are only sequences.
    var isCollection: Bool {
        switch self {
        case .reversed, .enumerated, .flatten, .repeated, .lazy, .lazyMap, .lazyFilter, .defaultIndices, .slice: true
        default: false
        }
    }
}

extension SType {
    /// The type as Swift's reflection names it inside another type's description: with its
    /// module (`Swift.Array<Swift.Int>`, `main.Point`); nil for a type whose name is not known here.
    var qualifiedTypeName: String? {
        func all(_ ts: [SType]) -> [String]? {
            let names = ts.compactMap(\.qualifiedTypeName)
            return names.count == ts.count ? names : nil
        }
        switch self {
        case .int, .double, .bool, .string, .character, .substring: return "Swift." + description
        case .range(let closed): return closed ? "Swift.ClosedRange<Swift.Int>" : "Swift.Range<Swift.Int>"
        case .array(let e): return e.qualifiedTypeName.map { "Swift.Array<\($0)>" }
        case .optional(let w): return w.qualifiedTypeName.map { "Swift.Optional<\($0)>" }
        case .dictionary(let k, let v): return all([k, v]).map { "Swift.Dictionary<\($0[0]), \($0[1])>" }
        case .tuple(let ts, let labels):
            return all(ts).map { "(" + zip($0, labels).map { t, l in (l.map { "\($0): " } ?? "") + t }.joined(separator: ", ") + ")" }
        case .structure(let s): return s.qualifiedName
        case .vector: return "Optim.Vector"
        case .error: return "Swift.Error"
        case .native(let t): return t.view?.qualifiedName
        default: return nil
        }
    }
}

/// What the compiler knows of a view type: its kind and what it was made of.
struct LazyViewType {
    /// The kind of view.
    let kind: LazyViewKind
    /// Its type arguments: the types of the sequences it wraps, or a stride's element type.
    let bases: [SType]
    /// The type with its module, or nil when a base's is not known here: such a view is refused
    /// where it would be printed.
    let qualifiedName: String?
    /// Whether its name names its bases as Swift does: false for a view of an `ArraySlice`,
    /// which is held as an array.
    let namesItsBases: Bool
}

extension Bindings {
    /// The view type of `kind` with the type arguments `bases` (the sequences it wraps: one, or
    /// two for a zip; a stride's element type), made once per session so that the compiler can
    /// compare it by identity. A view over a base that is not the type the compiler sees (an
    /// `ArraySlice` seen as an array: `opaque`), whose name is not Swift's, is refused where it
    /// would be printed or its type named; one that Swift prints otherwise than here (not
    /// `printable`) only where it would be printed.
    func viewType(_ kind: LazyViewKind, _ bases: [SType], element: SType, opaque: Bool, printable: Bool = true) -> NativeType {
        let arguments = bases.map(\.metatypeName).joined(separator: ", ")
        let name = "\(kind.name)<\(arguments)>"
        let key = opaque ? name + " of a slice" : name
        if let existing = views[key] { return existing }
        let qualified = bases.compactMap(\.qualifiedTypeName)
        let t = NativeType(name)
        let printed = printable && !opaque && qualified.count == bases.count && bases.allSatisfy(\.printsAsSwiftDoes)
        t.view = LazyViewType(kind: kind, bases: bases, qualifiedName: printed ? "Swift.\(kind.name)<\(qualified.joined(separator: ", "))>" : nil,
                              namesItsBases: !opaque && bases.allSatisfy { if case .native(let b) = $0, let v = b.view { v.namesItsBases } else { true } })
        if kind.isCollection {
            setCollection(t, element) { ($0 as! LazyView).elements }
        } else {
            t.sequence = (element, { ($0 as! LazyView).elements })
        }
        views[key] = t
        return t
    }
}

extension SType {
    /// Whether the type's name and its values print here exactly as Swift prints them inside a
    /// view: not a set or dictionary (whose order Swift does not fix), nor an Optim value other
    /// than a `Vector`.
    fileprivate var printsAsSwiftDoes: Bool { printsAsSwiftDoes(outside: []) }

    /// `printsAsSwiftDoes`, for a type met inside the note's types `enclosing` (a type holding
    /// itself, through an array or an optional, is looked into once).
    private func printsAsSwiftDoes(outside enclosing: Set<ObjectIdentifier>) -> Bool {
        switch self {
        // A `Vector` prints its `description` everywhere, as Swift does.
        case .int, .double, .bool, .string, .character, .substring, .range, .vector: true
        case .array(let e), .optional(let e): e.printsAsSwiftDoes(outside: enclosing)
        case .tuple(let ts, _): ts.allSatisfy { $0.printsAsSwiftDoes(outside: enclosing) }
        case .structure(let s) where enclosing.contains(ObjectIdentifier(s)): true
        case .structure(let s):
            !s.describesItself && s.fields.allSatisfy { $0.type.printsAsSwiftDoes(outside: enclosing.union([ObjectIdentifier(s)])) }
        case .native(let t): t.view?.qualifiedName != nil
        default: false
        }
    }

    /// What the type holds that is refused where it would be printed: a view whose text is not
    /// known here, or a metatype nested in another value whose type names are not; nil when none.
    var unprintablePart: UnprintablePart? { unprintablePart(nested: false) }

    private func unprintablePart(nested: Bool) -> UnprintablePart? {
        switch self {
        case .array(let e), .optional(let e), .set(let e): return e.unprintablePart(nested: true)
        case .dictionary(let k, let v): return k.unprintablePart(nested: true) ?? v.unprintablePart(nested: true)
        case .tuple(let ts, _): return ts.lazy.compactMap { $0.unprintablePart(nested: true) }.first
        // The standard type erasers, which Swift prints with the box holding their base.
        case .structure(let s):
            guard let (template, _) = s.specialisation, template.module == "Swift.", ["AnyIterator", "AnySequence"].contains(template.name)
            else { return nil }
            return .view
        case .native(let t):
            if t.name == "ObjectIdentifier" { return .address }
            if t.view != nil, t.view?.qualifiedName == nil { return .view }
            return nested && t.metatypePrintsNested == false ? .metatype : nil
        default: return nil
        }
    }
}

/// A part of a value's type that is refused where the value would be printed.
enum UnprintablePart {
    /// A lazy view over a base Swift prints in a way not reproduced here.
    case view
    /// A metatype nested in another value, whose types Swift names with a module not known here.
    case metatype
    /// An `ObjectIdentifier`, which Swift prints as a memory address that changes from run to run.
    case address
}

extension Compiler {
    /// The view `kind` over the sequences `bases` (a stride's bounds and step, with its type
    /// arguments given), whose elements `elements` computes from the bases' values; `opaque` and
    /// `printable` as for `Bindings.viewType`.
    func view(_ kind: LazyViewKind, of bases: [Typed], arguments: [SType]? = nil, opaque: Bool = false, printable: Bool = true, element: SType,
              elements: @escaping ([Value]) throws -> [Value]) -> Typed {
        let type = bindings.viewType(kind, arguments ?? bases.map(\.type), element: element, opaque: opaque, printable: printable)
        let codes = bases.map(\.code)
        let (name, qualified, labels) = (type.name, type.view?.qualifiedName ?? type.name, kind.fieldLabels)
        return Typed(type: .native(type)) { f in
            let values = try codes.map { try $0(f) }
            return type.box(LazyView(typeName: name, qualifiedTypeName: qualified,
                                     fields: Array(zip(labels, values)).map { (label: $0, value: $1) },
                                     elements: try elements(values)))
        }
    }

    /// `prefix(_:)`, `suffix(_:)`, `dropFirst(_:)` and `dropLast(_:)` of a view that is a
    /// `Collection` (`xs.reversed().prefix(2)`): a `Slice` of the view, which Swift prints with
    /// the view's indices, not reproduced here (so refused where it would be printed); nil for
    /// other members.
    func collectionViewSlice(_ base: Typed, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        guard case .native(let t) = base.type, let receiver = t.view, receiver.kind.isCollection, let element = t.sequence?.element,
              ["prefix", "suffix", "dropFirst", "dropLast"].contains(name), args.count <= 1, args.first?.label == nil,
              args.first?.isTrailingClosure != true, let elements = elementsOf(base, at(c)) else { return nil }
        let count = try args.first.map { try expression($0.expression, as: .int) } ?? { _ in .int(1) }
        guard name.hasPrefix("drop") || !args.isEmpty else { return nil }
        let at = self.at(c)
        let message = name.hasPrefix("drop") ? "Can't drop a negative number of elements from a collection"
            : "Can't take a \(name) of negative length from a collection"
        return view(.slice, of: [base, Typed(type: .int, code: count)], arguments: [base.type], printable: false, element: element) { values in
            guard case .int(let k) = values[1] else { return [] }
            guard k >= 0 else { throw InterpreterError(message: message, at: at) }
            let xs = try elements(values[0])
            switch name {
            case "prefix": return Array(xs.prefix(k))
            case "suffix": return Array(xs.suffix(k))
            case "dropFirst": return Array(xs.dropFirst(k))
            default: return Array(xs.dropLast(k))
            }
        }
    }

    /// `prefix(_:)`, `dropFirst(_:)`, `drop(while:)`, `prefix(while:)`, `suffix(_:)` and
    /// `dropLast(_:)` of a view that is only a `Sequence` (a zip, a stride, or a view these give),
    /// as Swift's `Sequence` has them: a `PrefixSequence`, a `DropFirstSequence` and a
    /// `DropWhileSequence` of the view, and arrays for the rest. As in Swift, a `PrefixSequence`'s
    /// `prefix(n)` is one with the shorter length, a `DropFirstSequence`'s `dropFirst(k)` (with `k`
    /// written) one dropping both counts, and a `DropWhileSequence`'s `drop(while:)` one of its
    /// own type; nil for other members.
    func sequenceViewSlice(_ base: Typed, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        let at = self.at(c)
        guard case .native(let t) = base.type, let receiver = t.view, !receiver.kind.isCollection, let element = t.sequence?.element,
              let elements = elementsOf(base, at) else { return nil }
        let labels = args.map { $0.isTrailingClosure ? "while" : $0.label }
        let count: Code? = labels == [nil] ? try expression(args[0].expression, as: .int) : labels.isEmpty ? { _ in .int(1) } : nil
        /// The count given, which Swift requires to be at least 0.
        func checked(_ n: Value, _ message: String) throws -> Int {
            guard case .int(let k) = n, k >= 0 else { throw InterpreterError(message: message, at: at) }
            return k
        }
        let negativeDrop = "Can't drop a negative number of elements from a sequence"
        switch (name, labels) {
        case ("prefix", [nil]), ("dropFirst", []), ("dropFirst", [nil]):
            guard let count else { return nil }
            let prefix = name == "prefix", message = prefix ? "Can't take a prefix of negative length" : negativeDrop
            let part: (Int, [Value]) -> [Value] = prefix ? { Array($1.prefix($0)) } : { Array($1.dropFirst($0)) }
            if receiver.kind == (prefix ? .prefix : .dropFirst), prefix || !labels.isEmpty {
                return Typed(type: base.type) { [code = base.code] f in
                    guard let view = try code(f).native as? LazyView, case .int(let old) = view.fields[1].value else { return .void }
                    let k = try checked(try count(f), message)
                    let (total, overflow) = old.addingReportingOverflow(k)
                    if !prefix, overflow { throw InterpreterError(message: "arithmetic overflow", at: at) }
                    var fields = view.fields
                    fields[1].value = .int(prefix ? Swift.min(old, k) : total)
                    return t.box(LazyView(typeName: view.typeName, qualifiedTypeName: view.qualifiedTypeName, fields: fields,
                                          elements: part(k, view.elements)))
                }
            }
            return view(prefix ? .prefix : .dropFirst, of: [base, Typed(type: .int, code: count)], arguments: [base.type], element: element) {
                part(try checked($0[1], message), try elements($0[0]))
            }
        case ("suffix", [nil]), ("dropLast", []), ("dropLast", [nil]):
            guard let count else { return nil }
            let suffix = name == "suffix", code = base.code
            let message = suffix ? "Can't take a suffix of negative length from a sequence" : negativeDrop
            return Typed(type: .array(element)) { f in
                let xs = try elements(try code(f))
                let k = try checked(try count(f), message)
                return .array(Array(suffix ? xs.suffix(k) : xs.dropLast(k)))
            }
        case ("prefix", ["while"]), ("drop", ["while"]):
            let (g, runtime, code) = (try functionArgument(args[0].expression, [element], .bool), self.runtime, base.code)
            let prefix = name == "prefix"
            /// The elements before the first for which the predicate `h` is false.
            func kept(_ xs: [Value], _ h: Value) throws -> Int {
                guard case .function(let callable) = h else { return 0 }
                return try xs.prefix { try runtime.call(callable, $0, at) == .bool(true) }.count
            }
            if prefix {
                return Typed(type: .array(element)) { f in
                    let xs = try elements(try code(f))
                    return .array(Array(xs.prefix(try kept(xs, try g.code(f)))))
                }
            }
            if receiver.kind == .dropWhile {
                return Typed(type: base.type) { f in
                    guard let view = try code(f).native as? LazyView else { return .void }
                    return t.box(LazyView(typeName: view.typeName, qualifiedTypeName: view.qualifiedTypeName, fields: view.fields,
                                          elements: Array(view.elements.dropFirst(try kept(view.elements, try g.code(f))))))
                }
            }
            return view(.dropWhile, of: [base, Typed(type: .function([element], .bool), code: g.code)], arguments: [base.type],
                        printable: false, element: element) { values in
                let xs = try elements(values[0])
                return Array(xs.dropFirst(try kept(xs, values[1])))
            }
        default: return nil
        }
    }

    /// The elements of a sequence value held as its Swift value (an array, a range, a string or
    /// another view), as `sequenceView` lists them.
    func elementsOf(_ base: Typed, _ at: SourcePoint) -> ((Value) throws -> [Value])? {
        if let leading = noteSequenceElements(base, at) { return { try leading($0, nil) } }
        guard sequenceView(base, at) != nil else { return nil }
        let runtime = self.runtime
        return { v in
            switch v {
            case .array(let xs): return xs
            case .range(let r):
                try runtime.checkCount(r.count ?? .max, at)
                return r.span?.map { .int($0) } ?? []
            case .string(let s): return s.map { .string(String($0)) }
            case .dictionary(let d):
                return zip(d.keys, d.values).map { .tuple(TupleValue(elements: [$0, $1], labels: ["key", "value"])) }
            case .vector(let x): return x.scalars.map { .double($0) }
            case .object(let o): return o.type.sequence?.elements(o.value) ?? []
            default: return []
            }
        }
    }

    /// What Swift calls an expression the compiler types as an array: a dictionary's `keys` or
    /// `values`, or a slice (`a.dropFirst()`, `a[1...]`, `s.split(separator: " ")`, whose
    /// elements are `Substring`s); nil for anything else, an array as far as it can tell.
    enum DerivedCollection { case keysOrValues, slice }

    /// The kind of collection `e` derives from an array or dictionary, if it is one (see `DerivedCollection`).
    func derivedCollection(_ e: ExprSyntax) -> DerivedCollection? {
        let e = e.unparenthesized
        if isSliceVariable(e) { return .slice }
        if let m = e.as(MemberAccessExprSyntax.self), ["keys", "values"].contains(m.declName.baseName.text),
           let base = m.base, case .dictionary? = (try? expression(base))?.type {
            return .keysOrValues
        }
        if let call = e.as(FunctionCallExprSyntax.self), let m = call.calledExpression.as(MemberAccessExprSyntax.self),
           ["dropFirst", "dropLast", "prefix", "suffix", "split"].contains(m.declName.baseName.text) {
            return .slice
        }
        if let s = e.as(SubscriptCallExprSyntax.self), s.arguments.count == 1 {
            let index = s.arguments.first!.expression
            if index.is(SequenceExprSyntax.self) || index.is(PostfixOperatorExprSyntax.self) || index.is(PrefixOperatorExprSyntax.self) {
                return .slice
            }
        }
        return nil
    }

    /// Whether `e` names a variable that holds an `ArraySlice` (see `Typed.isArraySlice`); with
    /// `withOffsetIndices`, one whose indices are not weave's (see `Typed.hasOffsetIndices`).
    func isSliceVariable(_ e: ExprSyntax, withOffsetIndices: Bool = false) -> Bool {
        switch e.as(DeclReferenceExprSyntax.self).flatMap({ resolve($0.baseName.text) }) {
        case .binding(let b)?, .accessed(let b)?: return b.isArraySlice && !(withOffsetIndices && b.sliceIndexedFromZero)
        default: return false
        }
    }

    /// Refuses `what` (a subscript, `startIndex`, `firstIndex(of:)`, …) on an `ArraySlice` whose
    /// indices are not weave's (`isArraySlice`): a slice keeps the indices of the array it comes
    /// from (`xs[2...]` starts at 2), but weave holds it as an array indexed from 0, so the answer
    /// could differ from Swift's.
    func refuseSliceIndices(_ isArraySlice: Bool, _ what: String, _ node: some SyntaxProtocol) throws {
        guard isArraySlice else { return }
        throw unsupported(node, "\(what) on an 'ArraySlice', whose indices continue the array's ('xs[2...]' starts at index 2); use 'Array(…)' of the slice, indexed from 0")
    }

    /// Refuses an `ArraySlice` (`xs[1...]`, `xs.dropFirst()`, or a variable holding one) where
    /// weave would lose track of it: it is held as an array indexed from 0, and only a variable
    /// it initialises remembers that it is a slice (see `refuseSliceIndices`). So a slice may be
    /// the receiver of a member or subscript, a variable's initial value, a `for` loop's
    /// sequence, an interpolated or printed value, a side of `==` or `!=`, the value assigned to a
    /// range of an array (`xs[1...2] = ys[3...]`), or the argument of
    /// `Array(…)`, `Set(…)`, `zip`, `type(of:)`, `append(contentsOf:)`, `elementsEqual` or `starts(with:)`;
    /// anywhere else (in a tuple, an array or dictionary literal, a closure's result, a
    /// conditional, an operator) its indices could silently start at 0. Where Swift itself
    /// refuses it (a `[T]` annotation or return type), the error is Swift's.
    func refuseSliceEscape(_ value: Typed, _ e: ExprSyntax) throws {
        var node = Syntax(e)
        // Parentheses and `try` around it change nothing.
        while true {
            if let t = node.parent?.as(TryExprSyntax.self) {
                node = Syntax(t)
            } else if let labelled = node.parent?.as(LabeledExprSyntax.self), let tuple = labelled.parent?.parent?.as(TupleExprSyntax.self),
                      tuple.elements.count == 1, labelled.label == nil {
                node = Syntax(tuple)
            } else {
                break
            }
        }
        if let allowed = sliceArgument, allowed == node || allowed == Syntax(e) { return }
        let sliceType = "ArraySlice<\(value.type.elementType.map { "\($0)" } ?? "_")>"
        guard let parent = node.parent else { return }
        if let m = parent.as(MemberAccessExprSyntax.self), m.base.map(Syntax.init) == node { return }
        if let s = parent.as(SubscriptCallExprSyntax.self), Syntax(s.calledExpression) == node { return }
        if let f = parent.as(ForStmtSyntax.self), Syntax(f.sequence) == node { return }
        /// Swift's error for the slice where a value of type `expected` must be.
        func mismatch(_ expected: TypeSyntax, _ what: String) -> InterpreterError {
            let inner = e.unparenthesized
            if let call = inner.as(FunctionCallExprSyntax.self), let m = call.calledExpression.as(MemberAccessExprSyntax.self) {
                return error(m.declName, "no '\(m.declName.baseName.text)' candidates produce the expected contextual result type '\(expected.trimmedDescription)'")
            }
            let message = "cannot convert \(what) of type '\(sliceType)' to \(what == "value" ? "specified" : "return") type '\(expected.trimmedDescription)'"
            if let s = inner.as(SubscriptCallExprSyntax.self) { return error(s.leftSquare, message) }
            return error(inner, message)
        }
        if parent.is(InitializerClauseSyntax.self), let binding = parent.parent?.as(PatternBindingSyntax.self) {
            if let annotation = binding.typeAnnotation { throw mismatch(annotation.type, "value") }
            if binding.pattern.is(IdentifierPatternSyntax.self) { return }
        }
        if let r = parent.as(ReturnStmtSyntax.self), let function = r.ancestorOrSelf(mapping: { $0.as(FunctionDeclSyntax.self) }),
           let result = function.signature.returnClause?.type {
            throw mismatch(result, "return expression")
        }
        if let argument = parent.as(LabeledExprSyntax.self) {
            if argument.parent?.parent?.is(ExpressionSegmentSyntax.self) == true { return }
            if let call = argument.parent?.parent?.as(FunctionCallExprSyntax.self) {
                if let callee = call.calledExpression.as(DeclReferenceExprSyntax.self),
                   ["print", "debugPrint", "Array", "Set", "zip", "type"].contains(callee.baseName.text), resolve(callee.baseName.text) == nil {
                    return
                }
                if let m = call.calledExpression.as(MemberAccessExprSyntax.self) {
                    let name = m.declName.baseName.text, label = argument.label?.text
                    if (name == "append" && label == "contentsOf") || (name == "elementsEqual" && label == nil)
                        || (name == "starts" && label == "with") {
                        return
                    }
                }
            }
        }
        if let list = parent.as(ExprListSyntax.self), let sequence = list.parent?.as(SequenceExprSyntax.self) {
            let elements = Array(sequence.elements)
            if elements.count == 3, let op = elements[1].as(BinaryOperatorExprSyntax.self), ["==", "!="].contains(op.operator.text) { return }
            // `xs[1...2] = ys[3...]`: the range takes the slice's elements, wherever it starts.
            if elements.count == 3, elements[1].is(AssignmentExprSyntax.self), Syntax(elements[2]) == node,
               elements[0].is(SubscriptCallExprSyntax.self) { return }
            if elements.count == 3, elements[1].is(AssignmentExprSyntax.self), isSliceVariable(elements[0]) { return }
        }
        throw unsupported(e, "an 'ArraySlice' here: weave holds a slice as an array indexed from 0, and could index this one differently from Swift ('xs[2...]' starts at index 2); write 'Array(…)' of it")
    }

    /// Compiles `base.reversed()`, `base.enumerated()` or `base.joined()` as the view Swift
    /// returns, and the other `Sequence` methods of a view on its elements, as a string's run
    /// (see `sequenceMethod`); nil for anything else. With an array
    /// expected (`let r: [Int] = a.reversed()`), `reversed()` is `Sequence`'s overload that returns
    /// an array, as Swift chooses it there.
    func viewMethod(_ baseExpr: ExprSyntax, _ base: Typed, _ name: String, _ args: [Argument],
                    _ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed? {
        let at = self.at(c)
        var viewType: NativeType?
        if case .native(let t) = base.type, t.view != nil { viewType = t }
        guard args.isEmpty, ["reversed", "enumerated", "joined"].contains(name) else {
            guard viewType != nil else { return nil }
            if name == "contains", args.count == 1, !args[0].isTrailingClosure, args[0].label == nil, let array = sequenceView(base, at) {
                return try builtinMethod(baseExpr, array, name, args, c, expected: nil)
            }
            return try sequenceMethod(baseExpr, base, name, args, c, expected: expected)
        }
        guard let elements = elementsOf(base, at), let element = base.type.elementType else { return nil }
        // A slice of a string has a type of its own, `Substring`, which the view names.
        let derived = base.type.isStringProtocol ? nil : derivedCollection(baseExpr)
        switch name {
        case "enumerated":
            return view(.enumerated, of: [base], opaque: derived != nil, element: .tuple([.int, element], labels: ["offset", "element"])) { values in
                try elements(values[0]).enumerated().map { .tuple(.enumerated($0, $1)) }
            }
        case "joined":
            guard case .array(let inner) = element else { return nil }
            let runtime = self.runtime
            return view(.flatten, of: [base], opaque: derived != nil, element: inner) { values in
                var out: [Value] = []
                for case .array(let ys) in try elements(values[0]) {
                    out += ys
                    try runtime.checkCount(out.count, at)
                }
                return out
            }
        default:
            // A dictionary's keys are no `BidirectionalCollection`: their reverse is an array.
            if case .array? = expected { return nil }
            if derived == .keysOrValues { return nil }
            switch base.type {
            case .array, .range, .string, .substring, .vector: break
            case .native(let t) where t.view != nil: break
            default: return nil
            }
            let code = base.code
            switch viewType?.view {
            // The reverse of a `ReversedCollection` is its base.
            case let v? where v.kind == .reversed:
                return Typed(type: v.bases[0]) { f in (try code(f).native as! LazyView).fields[0].value }
            // Only a collection's reverse is a view; a sequence's is an array.
            case let v? where !v.kind.isCollection:
                return Typed(type: .array(element)) { f in .array(try elements(try code(f)).reversed()) }
            default:
                return view(.reversed, of: [base], opaque: derived != nil, element: element) { try elements($0[0]).reversed() }
            }
        }
    }
}

/// Lazy sequences: `xs.lazy.map { … }.filter { … }.first`. Swift runs a lazy sequence's closures
/// as its elements are asked for — some more than once, none for elements never asked for — so
/// the order and number of calls is Swift's own. Here a lazy sequence of an array or range holds
/// its elements, computed when it is made, which gives the same elements and answers wherever
/// its closures have no effect: `map`, `filter` and `compactMap` of one take only closures whose
/// bodies are one expression of arithmetic, comparisons, properties and pure functions of
/// numbers (`sqrt`, `abs`, `Double(…)`, `rounded()`); any other closure is refused. A lazy
/// sequence has the type Swift gives it, which records each step (a `map` of a `filter` is a
/// `LazyMapSequence<LazyFilterSequence<Array<Int>>, Int>`; a `map` of a `map` is one map, a
/// `filter` of a `filter` one filter), and prints as Swift prints it.
extension Compiler {
    /// `base.lazy` for an array or a range: a view of its elements; nil for other bases.
    func lazyView(_ base: Typed, _ node: MemberAccessExprSyntax) -> Typed? {
        switch base.type {
        case .array, .range, .vector: break
        // (`xs.enumerated().lazy`, `zip(a, b).lazy`: a finite view of the standard library.)
        case .native(let t) where [.reversed, .enumerated, .zip, .strideTo, .strideThrough].contains(t.view?.kind): break
        default: return nil
        }
        guard let element = base.type.elementType, let elements = elementsOf(base, at(node)) else { return nil }
        let opaque = base.isArraySlice || node.base.flatMap(derivedCollection) != nil
        return view(.lazy, of: [base], opaque: opaque, element: element) { values in try elements(values[0]) }
    }

    /// Whether `e` names a standard function without effects: a number type's initialiser
    /// (`Double.init`) or a mathematical function (`sqrt`, `abs`) the note does not shadow.
    private func isPureFunctionReference(_ e: ExprSyntax) -> Bool {
        if let m = e.as(MemberAccessExprSyntax.self), m.declName.baseName.text == "init", let base = m.base?.as(DeclReferenceExprSyntax.self) {
            let type = try? resolveType(TypeSyntax(IdentifierTypeSyntax(name: base.baseName)))
            return type.map { $0.isNumeric || isFloat($0) || fixedWidthKind($0) != nil } ?? false
        }
        guard let r = e.as(DeclReferenceExprSyntax.self), resolve(r.baseName.text) == nil else { return false }
        let name = r.baseName.text
        return Self.unaryMath[name] != nil || name == "abs"
    }

    /// `map`, `filter` or `compactMap` of a lazy sequence `base`: another lazy sequence; nil for
    /// other methods, which run on its elements as a sequence's do.
    func lazyMethod(_ base: Typed, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        guard case .native(let t) = base.type, let v = t.view, v.kind.isLazy, ["map", "filter", "compactMap"].contains(name),
              args.count == 1, let element = t.sequence?.element else { return nil }
        // A key path (`filter(\.ok)`) reads properties, as a closure of one member access does.
        let argument = args[0].expression
        guard argument.as(ClosureExprSyntax.self).map(Self.isPure) ?? argument.as(KeyPathExprSyntax.self).map(Self.readsProperties)
                ?? isPureFunctionReference(argument) else {
            throw unsupported(args[0].expression, "a lazy sequence's '\(name)' with a closure that could have effects (Swift runs it when elements are asked for, which weave does not reproduce); give it one expression of arithmetic and pure functions, or use the eager '\(name)'")
        }
        let g = try functionArgument(args[0].expression, [element], name == "filter" ? .bool : nil)
        let (runtime, at) = (self.runtime, self.at(c))
        let function = g.code
        /// Calls the closure `h` on `x`.
        func call(_ h: Value, _ x: Value) throws -> Value {
            guard case .function(let callable) = h else { return .void }
            return try runtime.call(callable, x, at)
        }
        switch name {
        case "filter":
            return lazyStep(.lazyFilter, of: base, v, function, element: element) { x, h in try call(h, x) == .bool(true) ? x : nil }.typed
        case "map":
            return lazyStep(.lazyMap, of: base, v, function, element: g.result) { x, h in try call(h, x) }.typed
        default:
            // Swift's `compactMap` of a lazy sequence: a map to optionals, a filter of the non-nil
            // ones and a map unwrapping them. (The last two hold the closure too, as the functions
            // Swift prints as `(Function)`, and do not call it.)
            guard case .optional(let wrapped) = g.result else { throw error(args[0].expression, "compactMap needs a closure returning an optional") }
            let optionals = lazyStep(.lazyMap, of: base, v, function, element: g.result) { x, h in try call(h, x) }
            let present = lazyStep(.lazyFilter, of: optionals.typed, optionals.view, function, element: g.result) { x, _ in x == .none ? nil : x }
            return lazyStep(.lazyMap, of: present.typed, present.view, function, element: wrapped) { x, _ in if case .some(let y) = x { y } else { x } }.typed
        }
    }

    /// The lazy `map` (`kind` `.lazyMap`) or `filter` (`.lazyFilter`) of the lazy sequence `base`,
    /// of view type `v`, by the function `function` computes: `step` gives each element's result
    /// from it and the function, nil for an element left out. A map of a `LazySequence` or of a
    /// map, and a filter of a `LazySequence` or of a filter, wrap the sequence's own base, as
    /// Swift's do. With the new sequence's view type.
    private func lazyStep(_ kind: LazyViewKind, of base: Typed, _ v: LazyViewType, _ function: @escaping Code, element: SType,
                          _ step: @escaping (Value, Value) throws -> Value?) -> (typed: Typed, view: LazyViewType) {
        let inner = v.kind == .lazy || v.kind == kind
        // A map's type arguments are its base and its element; a filter's, its base.
        let wrapped = inner ? v.bases[0] : base.type
        let type = bindings.viewType(kind, kind == .lazyMap ? [wrapped, element] : [wrapped], element: element, opaque: !v.namesItsBases)
        let (code, name, qualified) = (base.code, type.name, type.view?.qualifiedName ?? type.name)
        let label = kind.fieldLabels[1]
        let typed = Typed(type: .native(type)) { f in
            let value = try code(f)
            guard let view = value.native as? LazyView else { return .void }
            let h = try function(f)
            return type.box(LazyView(typeName: name, qualifiedTypeName: qualified,
                                     fields: [("_base", inner ? view.fields[0].value : value), (label, h)],
                                     elements: try view.elements.compactMap { try step($0, h) }))
        }
        return (typed, type.view!)
    }

    /// Whether a key path names properties only (`\.ok`, `\.point.x`), no subscripts.
    static func readsProperties(_ path: KeyPathExprSyntax) -> Bool {
        path.components.allSatisfy { $0.component.is(KeyPathPropertyComponentSyntax.self) }
    }

    /// Whether a closure's body is one expression without effects: literals, its parameters and
    /// other names, operators, members, subscripts, and calls of numbers' pure functions.
    static func isPure(_ closure: ClosureExprSyntax) -> Bool {
        guard closure.statements.count == 1 else { return false }
        let pureFunctions: Set<String> = ["sqrt", "abs", "exp", "log", "log2", "log10", "pow", "sin", "cos", "tan", "atan", "atan2",
                                          "tanh", "floor", "ceil", "round", "min", "max", "Double", "Int", "Float", "String",
                                          "squareRoot", "rounded", "magnitude", "signum", "isMultiple", "contains", "hasPrefix", "hasSuffix",
                                          "lowercased", "uppercased", "count"]
        func pure(_ node: Syntax) -> Bool {
            if node.is(ClosureExprSyntax.self) || node.is(AssignmentExprSyntax.self) || node.is(InOutExprSyntax.self)
                || node.is(TryExprSyntax.self) || node.is(AwaitExprSyntax.self) { return false }
            if let s = node.as(CodeBlockItemSyntax.self), case .stmt(let st) = s.item, !st.is(ReturnStmtSyntax.self) { return false }
            if let call = node.as(FunctionCallExprSyntax.self) {
                let name = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text
                    ?? call.calledExpression.as(MemberAccessExprSyntax.self)?.declName.baseName.text
                guard let name, pureFunctions.contains(name), call.trailingClosure == nil else { return false }
            }
            return node.children(viewMode: .sourceAccurate).allSatisfy(pure)
        }
        return closure.statements.allSatisfy { pure(Syntax($0)) }
    }
}
