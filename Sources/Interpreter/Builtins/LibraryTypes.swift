/// Standard-library sequence types that some members return instead of an array:
/// `ArraySlice<Int>` (the pieces `xs.split(separator:)` cuts), `Repeated<Int>`
/// (`repeatElement(_:count:)`) and `JoinedSequence<Array<Array<Int>>>`
/// (`xss.joined(separator:)`). Each is boxed with its elements, so that it iterates, converts
/// with `Array(…)` and answers `map`, `reduce`, `count` and the other `Sequence` members like the
/// array of its elements, while it prints as Swift prints it, or is refused where it would be
/// printed when Swift's text for it is not known here.

/// An `ArraySlice` that `split` cut from an array. Swift prints it as an array on its own
/// (`[1, 2]`) and as `ArraySlice([1, 2])` nested in a collection.
struct ArraySliceValue: CustomStringConvertible, CustomDebugStringConvertible {
    /// The elements, in order.
    let elements: [Value]

    /// What `print` shows: the elements, as an array shows them.
    var description: String { Value.array(elements).description }

    /// What Swift shows for the slice nested in a collection.
    var debugDescription: String { "ArraySlice(" + description + ")" }
}

extension Bindings {
    /// The type `ArraySlice<element>` of the pieces `split` returns, made once per session so
    /// that the compiler can compare it by identity.
    func arraySliceType(_ element: SType) -> NativeType {
        let name = "ArraySlice<\(element.metatypeName)>"
        if let existing = views[name] { return existing }
        let t = NativeType(name)
        setCollection(t, element) { ($0 as! ArraySliceValue).elements }
        views[name] = t
        return t
    }

    /// Whether `t` is an `ArraySlice` type made by `arraySliceType(_:)`.
    func isArraySliceType(_ t: NativeType) -> Bool {
        t.name.hasPrefix("ArraySlice<") && views[t.name] === t
    }

    /// The type of a slice of the string view `view` (`String.UTF8View`): `Substring.UTF8View`,
    /// a collection of the view's elements, which Swift prints with the string's indices (not
    /// reproduced here), so it is refused where it would be printed; `type(of:)` names it as
    /// Swift does (`UTF8View`).
    func substringViewType(_ view: NativeType) -> NativeType {
        let name = "Substring." + view.name.dropFirst("String.".count)
        if let existing = views[name] { return existing }
        let t = NativeType(name)
        t.view = LazyViewType(kind: .slice, bases: [.native(view)], qualifiedName: nil, namesItsBases: true)
        setCollection(t, view.sequence?.element ?? .void) { ($0 as! LazyView).elements }
        views[name] = t
        return t
    }

    /// The type `Repeated<element>` of `repeatElement(_:count:)`, a collection printed as Swift
    /// prints it (`Repeated<Int>(count: 2, repeatedValue: 1)`) when its element's text is known
    /// here (an `Int`, `Double`, `Bool`, `String`, `Character` or `Substring`), refused where it
    /// would be printed otherwise.
    func repeatedType(_ element: SType) -> NativeType {
        let name = "Repeated<\(element.metatypeName)>"
        if let existing = views[name] { return existing }
        let t = NativeType(name)
        let printable: Bool = switch element {
        case .int, .double, .bool, .string, .character, .substring: true
        default: false
        }
        t.view = LazyViewType(kind: .repeated, bases: [element],
                              qualifiedName: printable ? "Swift.Repeated<\(element.qualifiedTypeName ?? "")>" : nil, namesItsBases: true)
        setCollection(t, element) { ($0 as! LazyView).elements }
        views[name] = t
        return t
    }

    /// The type `JoinedSequence<base>` of `xss.joined(separator:)`: a sequence only, whose
    /// text in Swift shows its separator as a `ContiguousArray`, which is not reproduced here,
    /// so it is refused where it would be printed.
    func joinedSequenceType(_ base: SType, element: SType) -> NativeType {
        viewType(.joinedWithSeparator, [base], element: element, opaque: false, printable: false)
    }

    /// Makes `t` a collection of `element`s listed by `elements`: a sequence with `count`,
    /// `isEmpty`, `first` and `last`.
    func setCollection(_ t: NativeType, _ element: SType, _ elements: @escaping (Any) -> [Value]) {
        t.sequence = (element, elements)
        t.properties["count"] = (.int, { .int(elements($0.native!).count) })
        t.properties["isEmpty"] = (.bool, { .bool(elements($0.native!).isEmpty) })
        t.properties["first"] = (.optional(element), { elements($0.native!).first.map { .some($0) } ?? .none })
        t.properties["last"] = (.optional(element), { elements($0.native!).last.map { .some($0) } ?? .none })
    }
}
