import Optim

/// A run-time value of the interpreted Swift subset.
///
/// Swift's value semantics come for free: arrays, tuples, dictionaries and struct
/// fields are Swift arrays inside the enum, so copying a `Value` copies on write.
enum Value {
    /// An `Int`.
    case int(Int)
    /// A `Double`.
    case double(Double)
    /// A `Bool`.
    case bool(Bool)
    /// A `String`.
    case string(String)
    /// An `Array`.
    case array([Value])
    /// A `Dictionary`, kept in insertion order so output is deterministic.
    case dictionary(DictionaryValue)
    /// A tuple, with its element labels.
    case tuple(TupleValue)
    /// A struct instance.
    case structure(StructValue)
    /// An enum value: its case and associated values.
    case enumeration(EnumValue)
    /// A class instance: a reference, shared by every copy of the value.
    case instance(Instance)
    /// A range of integers `lower..<upper` or `lower...upper` (`upper` is then inclusive).
    case range(RangeValue)
    /// A function or closure.
    case function(Callable)
    /// `Optional.none`.
    case none
    /// `Optional.some`.
    indirect case some(Value)
    /// The empty tuple, also the value of not-yet-initialised storage.
    case void
    /// An Optim `Vector`.
    case vector(Vector)
    /// An Optim `Matrix`.
    case matrix(Matrix)
    /// An Optim `Jet`: a value with its exact gradient and Hessian.
    case jet(Jet)
    /// Any other Optim or Figures value, boxed with its type.
    case object(NativeObject)
    /// A value of type `Any`.
    case existential(Existential)
}

/// A value held as an `Any`, with the static type it had when it became one, which is what
/// `type(of:)` and casts ask (a `[Int]` that is empty has no elements to tell).
final class Existential {
    /// The value.
    let value: Value
    /// Its type.
    let type: SType

    /// `value` of type `type`.
    init(_ value: Value, _ type: SType) {
        self.value = value
        self.type = type
    }
}

/// A tuple: elements with optional labels.
struct TupleValue {
    /// The elements.
    var elements: [Value]
    /// One label (or nil) per element.
    var labels: [String?]
}

extension TupleValue {
    /// The unlabelled pair `(a, b)`, as `zip` gives. Pairs share their labels, so making one
    /// allocates only its elements.
    static func pair(_ a: Value, _ b: Value) -> TupleValue { TupleValue(elements: [a, b], labels: unlabelledPair) }
    /// `(offset: i, element: x)`, as `enumerated()` gives, with shared labels.
    static func enumerated(_ i: Int, _ x: Value) -> TupleValue { TupleValue(elements: [.int(i), x], labels: offsetElement) }
    private static let unlabelledPair: [String?] = [nil, nil]
    private static let offsetElement: [String?] = ["offset", "element"]
}

/// A struct instance: its type and stored properties in declaration order.
struct StructValue {
    /// The struct's declaration.
    let type: StructType
    /// Stored property values, in declaration order.
    var fields: [Value]
}

/// An instance of a class declared in a note.
final class Instance {
    /// The instance's dynamic type, which may be a subclass of the static one.
    let type: StructType
    /// Stored property values, the superclass's first, in declaration order.
    var fields: [Value]

    /// An instance of `type` with its stored properties.
    init(type: StructType, fields: [Value]) {
        self.type = type
        self.fields = fields
    }

    /// Frees the instances only this one holds (a linked list of a million nodes) one after
    /// another, where releasing them recursively would overflow the stack.
    deinit {
        var pending = fields
        fields = []
        while var value = pending.popLast() {
            switch value {
            case .instance(var o):
                value = .void
                if isKnownUniquelyReferenced(&o) {
                    pending.append(contentsOf: o.fields)
                    o.fields = []
                }
            case .some(let inner): pending.append(inner)
            case .array(let elements): pending.append(contentsOf: elements)
            default: break
            }
        }
    }
}

/// A value of an enum declared in a note.
struct EnumValue {
    /// The case.
    let tag: EnumCase
    /// The associated values, in declaration order.
    var payload: [Value]
}

/// An integer range.
struct RangeValue: Equatable {
    /// The first element.
    var lower: Int
    /// The bound as written: excluded for `..<`, included for `...`.
    var upper: Int
    /// Whether the range was written `...`.
    var closed: Bool

    /// The last element, or nil when the range is empty; unlike `upper + 1` this never overflows.
    var last: Int? { closed ? upper : (lower < upper ? upper - 1 : nil) }
    /// The elements as a Swift range, or nil when the range is empty.
    var span: ClosedRange<Int>? { last.map { lower...$0 } }
    /// The number of elements, or nil when it exceeds `Int.max` (as for `Int.min..<Int.max`, whose
    /// `count` traps in Swift).
    var count: Int? {
        guard let last else { return 0 }
        let (distance, overflow) = last.subtractingReportingOverflow(lower)
        return overflow || distance == .max ? nil : distance + 1
    }
    /// Whether `x` lies in the range.
    func contains(_ x: Int) -> Bool { x >= lower && (closed ? x <= upper : x < upper) }
}

/// A dictionary that keeps insertion order.
struct DictionaryValue {
    /// Keys in insertion order.
    var keys: [Value] = []
    /// Values, parallel to `keys`.
    var values: [Value] = []
    /// Position of each key in `keys`.
    var index: [Value: Int] = [:]

    /// The value for `key`, if any.
    subscript(key: Value) -> Value? {
        get { index[key].map { values[$0] } }
        set {
            if let i = index[key] {
                if let newValue { values[i] = newValue } else { remove(at: i) }
            } else if let newValue {
                index[key] = keys.count
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    private mutating func remove(at i: Int) {
        keys.remove(at: i)
        values.remove(at: i)
        index = [:]
        for (j, k) in keys.enumerated() { index[k] = j }
    }
}

extension Value: Hashable {
    static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.tuple(x), .tuple(y)): return x.elements == y.elements
        case let (.structure(x), .structure(y)):
            guard x.type === y.type else { return false }
            if let equal = x.type.identity, equal.equal != nil { return equal.equals(a, b) }
            return x.fields == y.fields
        case let (.enumeration(x), .enumeration(y)):
            if let equal = x.tag.owner.identity, equal.equal != nil { return x.tag.owner === y.tag.owner && equal.equals(a, b) }
            return x.tag === y.tag && x.payload == y.payload
        case let (.instance(x), .instance(y)):
            if let equal = x.type.identity, equal.equal != nil, equal === y.type.identity { return equal.equals(a, b) }
            return x === y
        case let (.range(x), .range(y)): return x == y
        case let (.dictionary(x), .dictionary(y)):
            return x.keys.count == y.keys.count && zip(x.keys, x.values).allSatisfy { y[$0.0] == $0.1 }
        case (.none, .none), (.void, .void): return true
        case let (.some(x), .some(y)): return x == y
        case let (.function(x), .function(y)): return x === y
        case let (.vector(x), .vector(y)): return x == y
        case let (.matrix(x), .matrix(y)): return x == y
        case let (.jet(x), .jet(y)): return x == y
        // A boxed `Float` or fixed-width integer (`UInt8(1)`), compared as Swift compares it.
        case let (.object(x), .object(y)):
            guard x.type === y.type, let a = x.value as? AnyHashable, let b = y.value as? AnyHashable else { return false }
            return a == b
        default: return false
        }
    }

    /// Hashes the value by its `digest`, which a type's own `hash(into:)` decides.
    func hash(into h: inout Hasher) { h.combine(digest) }
}

extension Value {
    /// Stored property `i` of a struct or class instance (a `weak` one's instance, or nil).
    @inline(__always)
    func field(_ i: Int) -> Value {
        switch self {
        case .structure(let s): s.fields[i]
        case .instance(let o): o.fields[i].readingWeak
        default: .void
        }
    }

    /// The value a `weak` property holds as this one: its instance while something else holds it,
    /// else nil. Itself for any other value.
    @inline(__always)
    var readingWeak: Value {
        guard case .object(let box) = self, let reference = box.value as? WeakReference else { return self }
        return reference.instance.map { .some(.instance($0)) } ?? .none
    }

    /// This optional instance as a `weak` property holds it: a `WeakReference` (boxed as
    /// `type`), or nil.
    func heldWeakly(as type: NativeType) -> Value {
        switch self {
        case .some(.instance(let o)): .object(NativeObject(WeakReference(o), type))
        default: .none
        }
    }

    /// The code that runs for the method `code` on this value: the override of its dynamic type
    /// (a subclass's, or a conforming type's implementation of a protocol requirement), if any.
    @inline(__always)
    func implementation(of code: FunctionCode) -> FunctionCode {
        let type: StructType
        switch self {
        case .instance(let o): type = o.type
        case .structure(let s): type = s.type
        case .enumeration(let e): type = e.tag.owner
        default: return code
        }
        return type.overrides.isEmpty ? code : type.overrides[ObjectIdentifier(code)] ?? code
    }
}

/// What a class's `weak` stored property holds: its instance, without keeping it alive, so the
/// property reads nil once nothing else holds it, as in Swift.
final class WeakReference {
    /// The instance, while something holds it.
    weak var instance: Instance?

    /// A weak reference to `instance`.
    init(_ instance: Instance) { self.instance = instance }
}
