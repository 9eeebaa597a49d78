import SwiftSyntax

/// A note's own sequences: a type adopting `IteratorProtocol` (its `mutating func next() -> E?`)
/// and `Sequence` (itself as its iterator, or a `makeIterator()` giving one), or `Collection`
/// (walked through its `startIndex`, `index(after:)`, subscript and `endIndex`). A `for` loop asks
/// the iterator for one element at a time, as Swift's does, so it may leave an endless sequence
/// with `break`; the sequence's other uses (`Array(s)`, `s.reduce`, `s.map`, …) are an array's,
/// of the elements it gives until `next()` returns nil.
extension StructType {
    /// The iterator type of the sequence, its `next()` and, unless the type is its own iterator,
    /// its `makeIterator()`; nil when the type is not a sequence of the note.
    var noteIteration: (iterator: StructType, next: Method, makeIterator: Method?)? {
        guard conformances.contains("Sequence") || conformances.contains("IteratorProtocol") else { return nil }
        if let make = method("makeIterator"), !make.isStatic, make.signature.parameters.isEmpty,
           case .structure(let iterator) = make.signature.result, let next = iterator.iteratorNext {
            return (iterator, next, make)
        }
        return iteratorNext.map { (self, $0, nil) }
    }

    /// The iterator's `mutating func next() -> Element?`.
    private var iteratorNext: Method? {
        guard let next = method("next"), !next.isStatic, next.signature.parameters.isEmpty, case .optional = next.signature.result else { return nil }
        return next
    }

    /// For a type adopting `Collection` (and no iterator of its own): its `startIndex` and
    /// `endIndex` (computed properties or stored ones, by index), `index(after:)` and the
    /// subscript's getter, through which Swift's `IndexingIterator` walks it. A
    /// `RandomAccessCollection` indexed by `Int` may leave out `index(after:)` (nil here): Swift's
    /// default for a `Strideable` index adds one.
    var noteCollection: (start: Method?, startField: Int?, end: Method?, endField: Int?, after: Method?, element: Method)? {
        guard conformances.contains("Collection"), noteIteration == nil,
              let element = subscripts.first(where: { $0.getter.signature.parameters.count == 1 })?.getter else { return nil }
        let after = method("index").flatMap { $0.signature.parameters.map(\.label) == ["after"] ? $0 : nil }
        guard after != nil || (conformances.contains("RandomAccessCollection") && element.signature.parameters[0].type.conforms(to: .int))
        else { return nil }
        let (start, end) = (property("startIndex"), property("endIndex"))
        let (startField, endField) = (fieldIndex("startIndex"), fieldIndex("endIndex"))
        guard start != nil || startField != nil, end != nil || endField != nil else { return nil }
        return (start, startField, end, endField, after, element)
    }

    /// The type of the elements of a sequence of the note.
    var noteSequenceElement: SType? {
        if let element = noteCollection?.element.signature.result { return element }
        guard case .optional(let element)? = noteIteration?.next.signature.result else { return nil }
        return element
    }
}

extension Compiler {
    /// Code giving the elements of a sequence of the note (`typed`) one by one to `body`, which
    /// returns false to stop; nil when `typed` is no such sequence.
    func noteIteration(_ typed: Typed, _ at: SourcePoint) -> ((Frame, (Value) throws -> Bool) throws -> Void)? {
        guard case .structure(let t) = typed.type, let iterate = noteIterator(t, at) else { return nil }
        let code = typed.code
        return { f, body in try iterate(try code(f), body) }
    }

    /// Code giving the first elements of a value of `base`'s type, a sequence of the note: at
    /// most the given number of them, all if nil (so `zip` of an endless sequence and an array
    /// ends); nil when `base` is no such sequence.
    func noteSequenceElements(_ base: Typed, _ at: SourcePoint) -> ((Value, Int?) throws -> [Value])? {
        guard case .structure(let t) = base.type, let iterate = noteIterator(t, at) else { return nil }
        let runtime = self.runtime
        return { value, limit in
            var elements: [Value] = []
            guard limit != 0 else { return elements }
            try iterate(value) { x in
                elements.append(x)
                try runtime.checkCount(elements.count, at)
                return limit.map { elements.count < $0 } ?? true
            }
            return elements
        }
    }

    /// Code giving the elements of a value of `t`, a sequence of the note, one by one to a body
    /// that returns false to stop; nil when `t` is no such sequence.
    private func noteIterator(_ t: StructType, _ at: SourcePoint) -> ((Value, (Value) throws -> Bool) throws -> Void)? {
        if let collection = t.noteCollection { return indexingIterator(collection, at) }
        guard let (_, next, make) = t.noteIteration else { return nil }
        let runtime = self.runtime
        return { value, body in
            var sequence = value
            var iterator = try make.map { try runtime.callMethod($0.code, on: &sequence, at: at) } ?? sequence
            while case .some(let element) = try runtime.callMethod(next.code, on: &iterator, at: at) {
                try runtime.tick(at)
                if try !body(element) { return }
            }
        }
    }

    /// Swift's `IndexingIterator` over a collection of the note: from `startIndex`, each element
    /// by the subscript, the next index by `index(after:)`, up to `endIndex`.
    private func indexingIterator(_ c: (start: StructType.Method?, startField: Int?, end: StructType.Method?, endField: Int?,
                                        after: StructType.Method?, element: StructType.Method),
                                  _ at: SourcePoint) -> (Value, (Value) throws -> Bool) throws -> Void {
        let runtime = self.runtime
        return { value, body in
            var collection = value
            func read(_ m: StructType.Method?, _ field: Int?) throws -> Value {
                try m.map { try runtime.callMethod($0.code, on: &collection, at: at) } ?? collection.field(field ?? 0)
            }
            var i = try read(c.start, c.startField)
            let end = try read(c.end, c.endField)
            while i != end {
                try runtime.tick(at)
                if try !body(try runtime.callMethod(c.element.code, on: &collection, [i], at: at)) { return }
                if let after = c.after {
                    i = try runtime.callMethod(after.code, on: &collection, [i], at: at)
                } else if case .int(let k) = i {
                    i = .int(k + 1)
                }
            }
        }
    }

    /// The elements of a sequence of the note as an array (see `sequenceView`); nil for another value.
    func noteSequenceArray(_ typed: Typed, _ at: SourcePoint) -> Typed? {
        guard case .structure(let t) = typed.type, let element = t.noteSequenceElement, let iterate = noteIteration(typed, at) else { return nil }
        let runtime = self.runtime
        return Typed(type: .array(element)) { f in
            var elements: [Value] = []
            try iterate(f) { x in
                elements.append(x)
                try runtime.checkCount(elements.count, at)
                return true
            }
            return .array(elements)
        }
    }

    /// `s.prefix(n)` (a `PrefixSequence`), `s.prefix(while:)` and `s.first(where:)` of a sequence
    /// of the note, which ask for no more elements than they need, so an endless sequence works,
    /// and `s.makeIterator()` and `s.dropFirst(k)` of one that is its own iterator; nil for other
    /// members.
    func noteSequencePrefix(_ base: Typed, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        let at = self.at(c)
        // A sequence that is its own iterator (`sequence(first:next:)`'s) makes itself its iterator.
        if name == "makeIterator", args.isEmpty, case .structure(let t) = base.type, let iteration = t.noteIteration,
           iteration.iterator === t, iteration.makeIterator == nil {
            return base
        }
        // Its `dropFirst(k)`: a copy asked for its first k elements, so an endless one works too.
        if name == "dropFirst", args.count <= 1, args.first?.label == nil, case .structure(let t) = base.type, !t.isClass,
           let iteration = t.noteIteration, iteration.iterator === t, iteration.makeIterator == nil {
            let count = try args.first.map { try expression($0.expression, as: .int) } ?? { _ in .int(1) }
            let (code, next, runtime) = (base.code, iteration.next.code, self.runtime)
            return Typed(type: base.type) { f in
                var s = try code(f)
                guard case .int(let k) = try count(f) else { return s }
                guard k >= 0 else { throw InterpreterError(message: "Can't drop a negative number of elements from a sequence", at: at) }
                for _ in 0..<k {
                    guard case .some = try runtime.callMethod(next, on: &s, at: at) else { break }
                }
                return s
            }
        }
        guard case .structure(let t) = base.type, let element = t.noteSequenceElement, let iterate = noteIterator(t, at), args.count == 1 else { return nil }
        switch (name, Self.labels(of: args, method: name)[0]) {
        case ("prefix", nil):
            let count = try expression(args[0].expression, as: .int)
            return view(.prefix, of: [base, Typed(type: .int, code: count)], arguments: [base.type], element: element) { values in
                guard case .int(let n) = values[1] else { return [] }
                guard n >= 0 else { throw InterpreterError(message: "Can't take a prefix of negative length", at: at) }
                var elements: [Value] = []
                if n > 0 { try iterate(values[0]) { x in elements.append(x); return elements.count < n } }
                return elements
            }
        case ("prefix", "while"), ("first", "where"):
            let (g, runtime) = (try functionArgument(args[0].expression, [element], .bool), self.runtime)
            let first = name == "first", code = base.code
            return Typed(type: first ? .optional(element) : .array(element)) { f in
                let (sequence, test) = (try code(f), try g.code(f))
                var elements: [Value] = []
                try iterate(sequence) { x in
                    guard case .function(let callable) = test else { return false }
                    let holds = try runtime.call(callable, x, at) == .bool(true)
                    if holds { elements.append(x) }
                    return first ? !holds : holds
                }
                return first ? elements.first.map { .some($0) } ?? .none : .array(elements)
            }
        case ("contains", "where"), ("allSatisfy", nil):
            // Both stop at the first element that decides, so an endless sequence works.
            let (g, runtime) = (try functionArgument(args[0].expression, [element], .bool), self.runtime)
            let contains = name == "contains", code = base.code
            return Typed(type: .bool) { f in
                let (sequence, test) = (try code(f), try g.code(f))
                var decided = false
                try iterate(sequence) { x in
                    guard case .function(let callable) = test else { return false }
                    decided = try runtime.call(callable, x, at) == .bool(contains)
                    return !decided
                }
                return .bool(contains ? decided : !decided)
            }
        default: return nil
        }
    }

    /// swiftc's error for a type declaring `Sequence` or `IteratorProtocol` without the members
    /// they require; nil when it has them.
    func unmetSequenceRequirement(of t: StructType, _ node: some SyntaxProtocol) -> InterpreterError? {
        if t.conformances.contains("Sequence"), let make = t.method("makeIterator"), case .native(let iterator) = make.signature.result {
            return unsupported(node, "a sequence whose 'makeIterator()' gives '\(iterator.name)'; return 'AnyIterator(…)' of it, or an iterator of the note")
        }
        for name in ["IteratorProtocol", "Sequence", "RandomAccessCollection", "BidirectionalCollection", "Collection"] where t.conformances.contains(name) && t.noteIteration == nil && t.noteCollection == nil {
            return error(node, "type '\(t.name)' does not conform to protocol '\(name)'")
        }
        return nil
    }
}

extension Compiler {
    /// Compiles `sequence(first:next:)`: Swift's `UnfoldSequence`, here a sequence as a note's
    /// are (see `noteIteration`), whose `next()` gives `first`, then `next` of the element before
    /// until it returns nil; it asks for each element when it is needed, so it may be endless.
    /// And `sequence(state:next:)` (see `statefulSequence`).
    func unfoldSequence(_ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        if args.count == 2, args[0].label == "state", args[1].label == "next" || args[1].isTrailingClosure {
            return try statefulSequence(args, c)
        }
        guard args.count == 2, args[0].label == "first", args[1].label == "next" || args[1].isTrailingClosure else {
            throw error(c, "use sequence(first:next:) or sequence(state:next:)")
        }
        let first = try expression(args[0].expression)
        let element = first.type.unwrappingOptionals
        // (`next` is `@escaping`: the sequence keeps it.)
        let next = try escaping(args[1].expression, as: .passed) { try functionArgument(args[1].expression, [element], .optional(element)) }
        let t = unfoldSequenceType(of: element, state: nil, at: at(c))
        var (start, step) = (try coerce(first, to: .optional(element), args[0].expression), next.code)
        // A function value of a result that is not optional (`next: half`) gives its results as
        // optionals, as Swift converts `(T) -> T` to `(T) -> T?`.
        if next.result.optionalDepth == 0,
           let wrap = conversion(from: .function([element], next.result), to: .function([element], .optional(next.result)), at: at(c)) {
            let inner = step
            step = { f in wrap(try inner(f)) }
        }
        return Typed(type: .structure(t)) { f in
            .structure(StructValue(type: t, fields: [.tuple(.pair(try start(f), .bool(true))), try step(f), .bool(false)]))
        }
    }

    /// Compiles `sequence(state:next:)`: an `UnfoldSequence` whose `next()` calls `next` with its
    /// state, which `next` changes in place, until it returns nil.
    private func statefulSequence(_ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        let initial = try expression(args[0].expression)
        let state = initial.type
        let next = try escaping(args[1].expression, as: .passed) { try functionArgument(args[1].expression, [.inoutParameter(state)], nil) }
        guard case .optional(let element) = next.result else {
            throw error(args[1].expression, "cannot convert value of type '(inout \(state)) -> \(next.result)' to expected argument type '(inout \(state)) -> T?'")
        }
        let t = unfoldSequenceType(of: element, state: state, at: at(c))
        let (start, step) = (initial.code, next.code)
        return Typed(type: .structure(t)) { f in .structure(StructValue(type: t, fields: [try start(f), try step(f), .bool(false)])) }
    }

    /// The type `UnfoldSequence<T, State>` for elements of type `element`, with Swift's stored
    /// properties (`_state`, `_next`, `_done`), printed as Swift prints it: of
    /// `sequence(state:next:)`, or, without `state`, of `sequence(first:next:)`, whose state is
    /// `(Optional<T>, Bool)`.
    private func unfoldSequenceType(of element: SType, state: SType?, at: SourcePoint) -> StructType {
        let stateType = state ?? .tuple([.optional(element), .bool], labels: [nil, nil])
        let name = "UnfoldSequence<\(element.metatypeName), \(stateType.metatypeName)>"
        if let made = bindings.standardTypes[name] { return made }
        let t = StructType(name: name)
        t.module = "Swift."
        t.conformances = ["Sequence", "IteratorProtocol"]
        t.fields = [StructType.Field(name: "_state", type: stateType, isLet: false),
                    StructType.Field(name: "_next", type: .function([state.map(SType.inoutParameter) ?? element], .optional(element)), isLet: true),
                    StructType.Field(name: "_done", type: .bool, isLet: false)]
        let qualified = element.qualifiedTypeName.flatMap { e in stateType.qualifiedTypeName.map { "Swift.UnfoldSequence<\(e), \($0)>" } }
        let text = { (value: Value, name: String) -> String in
            "\(name)(" + t.fields.indices.map { "\(t.fields[$0].name): \(value.field($0).debugDescription)" }.joined(separator: ", ") + ")"
        }
        t.describe = { text($0, name) }
        t.debugDescribe = { text($0, qualified ?? name) }
        let runtime = self.runtime
        let code = FunctionCode(name: "next", parameterCount: 0)
        code.slotCount = 1
        code.body = state != nil ? { f in
            // `next` changes the state in place and gives the element, until it gives nil.
            guard case .structure(var s) = f.slots[0], case .function(let next) = s.fields[1] else { return .returned }
            f.result = .none
            guard s.fields[2] != .bool(true) else { return .returned }
            guard let body = next.code else { return .returned }
            let frame = Frame(count: body.slotCount, parent: next.captured)
            frame.slots[0] = s.fields[0]
            f.result = try runtime.invoke(body, frame, at)
            s.fields[0] = frame.slots[0]
            if case .none = f.result { s.fields[2] = .bool(true) }
            f.slots[0] = .structure(s)
            return .returned
        } : { f in
            // Swift's state: the element to give next, and whether it is the first (given without a call of `next`).
            guard case .structure(var s) = f.slots[0], case .tuple(var state) = s.fields[0], case .function(let next) = s.fields[1] else { return .returned }
            f.result = .none
            guard s.fields[2] != .bool(true) else { return .returned }
            if state.elements[1] == .bool(true) {
                state.elements[1] = .bool(false)
                f.result = state.elements[0]
            } else if case .some(let last) = state.elements[0] {
                let value = try runtime.call(next, last, at)
                state.elements[0] = value
                f.result = value
            }
            if case .none = f.result { s.fields[2] = .bool(true) }
            s.fields[0] = .tuple(state)
            f.slots[0] = .structure(s)
            return .returned
        }
        t.methods["next"] = StructType.Method(code: code, signature: Signature(parameters: [], result: .optional(element)),
                                              isMutating: true, isStatic: false)
        bindings.standardTypes[name] = t
        return t
    }
}

extension Compiler {
    /// `AnyIterator(base)` of an iterator, `AnySequence(base)` of a sequence and `AnySequence {
    /// makeIterator }`: the standard library's type erasers (declared in `standardTypes` over a
    /// closure), made of a closure over a copy of `base`, as Swift's box holds one. Nil for other
    /// calls, among them `AnyIterator { next }`, which the declared initialiser takes.
    func typeErasingCall(_ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        guard ["AnyIterator", "AnySequence"].contains(name), let t = globalScope.types[name], scope.lookupType(name) === t,
              args.count == 1, args[0].label == nil else { return nil }
        let argument = args[0].expression
        let closure = argument.is(ClosureExprSyntax.self)
        if name == "AnyIterator" && closure { return nil }
        let base = try expression(argument)
        let element: SType? = if name == "AnyIterator" {
            iteratorElement(base.type)
        } else if closure {
            { if case .function(let parameters, let iterator, _) = base.type, parameters.isEmpty { iteratorElement(iterator) } else { nil } }()
        } else {
            base.type.elementType ?? { if case .structure(let s) = base.type { s.noteSequenceElement } else { nil } }()
        }
        guard let element else {
            throw error(argument, "argument type '\(base.type)' does not conform to expected type '\(name == "AnyIterator" ? "IteratorProtocol" : "Sequence")'")
        }
        let isView = if case .native(let n) = base.type { n.view != nil } else { false }
        let isNoteSequence = if case .structure(let s) = base.type { s.noteIteration != nil } else { false }
        let isArray = if case .array = base.type { true } else { false }
        if name == "AnySequence", !closure, !isView, !isNoteSequence, !isArray {
            throw unsupported(argument, "'AnySequence' of a '\(base.type)'; pass 'Array(…)' of it")
        }
        let (iterator, prefix): (String, String) = switch (name, closure) {
        case ("AnyIterator", _): ("_base", "var _base = ")
        case (_, true): ("_make()", "let _make = ")
        // (A view of the standard library's, `xs.lazy.map(f)` or a `stride`, iterates its elements.)
        default: (isView ? "Array(_base).makeIterator()" : "_base.makeIterator()", "let _base = ")
        }
        let erased = name == "AnyIterator" ? "AnyIterator<\(element)> { _base.next() }"
            : "AnySequence<\(element)>(_makeIterator: { var _iterator = \(iterator); return AnyIterator<\(element)> { _iterator.next() } })"
        let opening = "{ () -> \(name)<\(element)> in \(prefix)"
        let text = opening + argument.trimmedDescription + "; return \(erased) }()"
        // (The argument compiled above; an error of the code around it is the call's.)
        do {
            return try expression(synthesized(text, anchor: opening.utf8.count, at: argument))
        } catch let e as InterpreterError {
            throw InterpreterError(message: e.message, at: at(argument))
        }
    }

    /// The elements of the iterator type `type`: what its `next()` gives.
    private func iteratorElement(_ type: SType) -> SType? {
        let next: SType? = switch type {
        case .structure(let s): s.method("next")?.signature.result
        case .native(let n): n.methods["next"]?.first?.result
        default: nil
        }
        guard case .optional(let element)? = next else { return nil }
        return element
    }
}

/// The note's extensions of the standard collection protocols (`extension Sequence where Element
/// == Double { func total() … }`) extend the note's sequences and collections as well as the
/// standard ones: each compiles as an extension of each such type whose elements meet its
/// requirements, declared before or after it.
extension Compiler {
    /// The declarations in the note's type `t` of those of `extensions` that extend it: extensions
    /// of a collection protocol it adopts whose requirements its elements meet, of which it does
    /// not have the members yet.
    func collectionExtensions(of t: StructType, among extensions: [ExtensionDeclSyntax]) throws -> [TypeDeclaration] {
        guard !t.isProtocol, t.generic == nil, t.builtin == nil, let element = t.noteSequenceElement else { return [] }
        let extending = try extensions.filter { e in
            guard let name = e.extendedType.as(IdentifierTypeSyntax.self)?.name.text, adopts(t, name) else { return false }
            guard !memberNames(of: e).allSatisfy({ t.method($0) != nil || t.property($0) != nil }) else { return false }
            return try unmetRequirement(e.genericWhereClause, ["Element": element]) == nil
        }
        // Their members name the elements' type as the protocol's `Element`.
        if !extending.isEmpty, t.aliases["Element"] == nil { t.aliases["Element"] = element }
        return extending.map { TypeDeclaration(syntax: $0, type: t, nested: []) }
    }

    /// The note's extensions of the standard collection protocols so far (kept with those of arrays).
    var collectionProtocolExtensions: [ExtensionDeclSyntax] {
        (globalScope.types["extension Array"]?.generic?.extensions ?? []).filter {
            $0.extendedType.as(IdentifierTypeSyntax.self).map { Self.collectionProtocols.contains($0.name.text) } ?? false
        }
    }

    /// The declarations of the collection-protocol extension `e` in the note's sequences of
    /// earlier blocks, whose members change (see `TypeSnapshot`) if the block fails.
    func collectionExtensionOfEarlierTypes(_ e: ExtensionDeclSyntax) throws -> [TypeDeclaration] {
        var declarations: [TypeDeclaration] = []
        for (_, t) in globalScope.types.sorted(by: { $0.key < $1.key }) where t.module == Value.module {
            let found = try collectionExtensions(of: t, among: [e])
            if !found.isEmpty { extended.append(TypeSnapshot(of: t)) }
            declarations += found
        }
        return declarations
    }

    /// Whether the note's type `t` adopts the standard collection protocol `name`, directly or
    /// through one refining it.
    private func adopts(_ t: StructType, _ name: String) -> Bool {
        let refining = ["Sequence": ["Sequence", "IteratorProtocol", "Collection", "BidirectionalCollection", "RandomAccessCollection"],
                        "Collection": ["Collection", "BidirectionalCollection", "RandomAccessCollection"],
                        "BidirectionalCollection": ["BidirectionalCollection", "RandomAccessCollection"]][name] ?? [name]
        return refining.contains { t.conformances.contains($0) }
    }
}
