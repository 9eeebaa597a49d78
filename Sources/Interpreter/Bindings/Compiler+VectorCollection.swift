import Optim
import SwiftSyntax

/// Optim's `Vector` as the `RandomAccessCollection` and `MutableCollection` of `Double`s it is in
/// Swift. Its collection members are an array's, run on its elements through one conversion
/// (`sequenceView`), with the result types Swift gives: `sorted()` and `filter` are `[Double]`s,
/// `reversed()` and `enumerated()` views of the vector (see `viewMethod`), `prefix(2)` a
/// `Slice<Vector>`, and `sort()`, `reverse()`, `swapAt`, `shuffle()` and `partition(by:)` change
/// the vector in place. `map` is Vector's own (a `Vector`) when the closure's result is inferred
/// as a `Double` or a `Vector` is expected, and `Sequence`'s (an array) otherwise (`{ _ in 1 }`
/// gives `[Int]`) or where an array is expected, as Swift chooses.
extension Compiler {
    /// An array's methods that need `RangeReplaceableCollection`, which `Vector` is not, or
    /// elements that are collections.
    private static let rangeReplacing: Set<String> = [
        "append", "insert", "remove", "removeFirst", "removeLast", "removeAll", "removeSubrange", "replaceSubrange",
        "popLast", "reserveCapacity", "joined",
    ]

    /// The `MutableCollection` methods, which change the vector's elements in place.
    private static let reordering: Set<String> = ["sort", "reverse", "shuffle", "swapAt", "partition"]

    /// The members whose answers are indices of the collection they are asked of, which for a
    /// `Slice<Vector>` continue the vector's (`v.dropFirst()` starts at index 1).
    private static let indexMembers: Set<String> = [
        "indices", "startIndex", "endIndex", "firstIndex", "lastIndex", "index", "distance", "formIndex", "swapAt",
        "partition", "sort", "reverse", "shuffle", "split", "makeIterator", "subscript",
    ]

    /// Compiles a `Collection` method of a `Vector` (see the extension's comment), or returns nil
    /// when the receiver is no vector or `name` is one of Vector's own methods (`map` where a
    /// `Vector` is expected).
    func vectorCollectionMethod(_ baseExpr: ExprSyntax, _ base: Typed, _ name: String, _ args: [Argument],
                                _ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed? {
        guard case .vector = base.type, let array = sequenceView(base, at(c)), !Self.rangeReplacing.contains(name) else { return nil }
        if name == "map" {
            if case .vector? = expected { return nil }
            // Swift takes Vector's own `map` for a closure whose result it infers as `Double`.
            guard let mapped = try builtinMethod(baseExpr, array, name, args, c, expected: expected) else { return nil }
            if case .array = expected { return mapped }
            guard case .array(.double) = mapped.type else { return mapped }
            let code = mapped.code
            return Typed(type: .vector) { f in .vector(Vector(try code(f).doubles)) }
        }
        if bindings.vectorType.methods[name] != nil { return nil }
        if Self.reordering.contains(name) {
            return try mutatingArrayMethod(.double, name, args, c) { try self.vectorElementsPlace(baseExpr, c) }
        }
        if let slice = try vectorSlice(base, name, args, c) { return slice }
        if ["split", "makeIterator"].contains(name) || ["prefix", "suffix"].contains(name) && args.first?.label != nil {
            throw unsupported(c.calledExpression, "'\(name)' of a 'Vector', whose pieces are 'Slice<Vector>'s; use 'v.scalars.\(name)(…)', of its array")
        }
        return try viewMethod(baseExpr, base, name, args, c, expected: expected)
            ?? builtinMethod(baseExpr, array, name, args, c, expected: expected)
            ?? libraryMethod(baseExpr, array, name, args, c, expected: expected)
    }

    /// Compiles `v.first`, `v.last` or `v.indices` of a `Vector`, as an array's; nil otherwise.
    func vectorCollectionProperty(_ base: Typed, _ name: String, _ node: MemberAccessExprSyntax) throws -> Typed? {
        guard case .vector = base.type, ["first", "last", "indices"].contains(name), let array = sequenceView(base, at(node)) else { return nil }
        return try builtinProperty(array, name, node)
    }

    /// Refuses a member that takes or answers with indices (`firstIndex(of:)`, `indices`, a
    /// subscript, …) of a `Slice<Vector>`: its indices continue the vector's, and weave holds it
    /// without them.
    func refuseVectorSliceIndices(_ base: Typed, _ name: String, _ node: some SyntaxProtocol) throws {
        guard case .native(let t) = base.type, t.view?.kind == .slice, Self.indexMembers.contains(name) else { return }
        throw unsupported(node, "'\(name)' of a 'Slice<Vector>', whose indices continue the vector's ('v.dropFirst()' starts at index 1); use 'Array(…)' of the slice, indexed from 0")
    }

    /// `v.prefix(k)`, `v.suffix(k)`, `v.dropFirst(k)`, `v.dropLast(k)` (k is 1 when left out of a
    /// drop), `v.prefix(while:)` and `v.drop(while:)` of a `Vector`: the `Slice<Vector>` Swift
    /// gives, the whole vector with the bounds of the part, printed as Swift prints it. Nil for
    /// another method.
    private func vectorSlice(_ base: Typed, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        let at = self.at(c)
        let labels = args.map { $0.isTrailingClosure ? "while" : $0.label }
        /// The bounds of the part of a vector, from the vector and the frame.
        let bounds: (Frame, Vector) throws -> Range<Int>
        switch (name, labels) {
        case ("prefix", [nil]), ("suffix", [nil]), ("dropFirst", []), ("dropFirst", [nil]), ("dropLast", []), ("dropLast", [nil]):
            let n = try args.first.map { try expression($0.expression, as: .int) } ?? { _ in .int(1) }
            bounds = { f, v in
                guard case .int(let k) = try n(f), k >= 0 else {
                    throw InterpreterError(message: "can't \(name) a negative number of elements", at: at)
                }
                switch name {
                case "prefix": return v.indices.prefix(k)
                case "suffix": return v.indices.suffix(k)
                case "dropFirst": return v.indices.dropFirst(k)
                default: return v.indices.dropLast(k)
                }
            }
        case ("prefix", ["while"]), ("drop", ["while"]):
            let g = try functionArgument(args[0].expression, [.double], .bool).code
            let runtime = self.runtime
            bounds = { f, v in
                guard case .function(let callable) = try g(f) else { return v.indices }
                let kept = try v.scalars.prefix { try runtime.call(callable, .double($0), at) == .bool(true) }.count
                return name == "prefix" ? 0..<kept : kept..<v.count
            }
        default: return nil
        }
        let type = bindings.viewType(.slice, [.vector], element: .double, opaque: false)
        let (code, typeName, qualified) = (base.code, type.name, type.view?.qualifiedName ?? type.name)
        return Typed(type: .native(type)) { f in
            guard case .vector(let v) = try code(f) else { return .void }
            let part = try bounds(f, v)
            let fields = zip(LazyViewKind.slice.fieldLabels, [Value.int(part.lowerBound), .int(part.upperBound), .vector(v)])
            return type.box(LazyView(typeName: typeName, qualifiedTypeName: qualified, fields: fields.map { (label: $0, value: $1) },
                                     elements: v.scalars[part].map { .double($0) }))
        }
    }

    /// The vector `baseExpr` names, as the place of the array of its elements that the
    /// `MutableCollection` methods change.
    private func vectorElementsPlace(_ baseExpr: ExprSyntax, _ c: FunctionCallExprSyntax) throws -> LValue {
        .derived(from: try mutatingPlace(baseExpr, c), type: .array(.double)) { modify in
            { f, body in
                try modify(f) { v in
                    guard case .vector(let x) = v else { return }
                    v = .void
                    var elements = Value.doubles(x.scalars)
                    defer { v = .vector(Vector(elements.doubles)) }
                    try body(&elements)
                }
            }
        }
    }
}
