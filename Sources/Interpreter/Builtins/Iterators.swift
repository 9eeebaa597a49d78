/// An array's iterator, `xs.makeIterator()`: Swift's `IndexingIterator<Array<T>>`, a value
/// whose mutating `next()` gives the elements one by one and then `nil`. It prints as Swift
/// prints it, with the elements and the position reached.
final class IndexingIteratorBox: CustomStringConvertible {
    /// The type's name, `IndexingIterator<Array<Int>>`.
    let typeName: String
    /// The array iterated over.
    let elements: [Value]
    /// The index of the element the next `next()` gives.
    var position: Int

    /// An iterator of `elements` named `typeName`, at `position`.
    init(_ typeName: String, _ elements: [Value], position: Int = 0) {
        (self.typeName, self.elements, self.position) = (typeName, elements, position)
    }

    /// What `print` shows: `IndexingIterator<Array<Int>>(_elements: [10, 20], _position: 1)`.
    var description: String {
        "\(typeName)(_elements: \(Value.array(elements).debugDescription), _position: \(position))"
    }
}

extension Bindings {
    /// The type of the iterators of arrays of `element`, made on first use with its `next()`.
    func indexingIteratorType(_ element: SType) -> NativeType {
        let name = "IndexingIterator<\(SType.array(element).metatypeName)>"
        if let existing = iterators[name] { return existing }
        let t = NativeType(name)
        var next = native([], .optional(element)) { _, a in
            let box = a[0].native as! IndexingIteratorBox
            guard box.position < box.elements.count else { return .none }
            box.position += 1
            return .some(box.elements[box.position - 1])
        }
        // `next()` changes a copy that is stored back, so a copy of the iterator keeps its place.
        next.copyForMutation = { v in
            let box = v.native as! IndexingIteratorBox
            return t.box(IndexingIteratorBox(box.typeName, box.elements, position: box.position))
        }
        t.methods["next"] = [next]
        iterators[name] = t
        return t
    }
}

extension Compiler {
    /// Compiles `xs.makeIterator()` of an array `code` of `element`s.
    func arrayIterator(_ code: @escaping Code, of element: SType) -> Typed {
        let t = bindings.indexingIteratorType(element)
        let name = t.name
        return Typed(type: .native(t)) { f in
            guard case .array(let xs) = try code(f) else { return .void }
            return t.box(IndexingIteratorBox(name, xs))
        }
    }
}
