/// One of Swift's fixed-width integer types other than `Int` (`UInt8`, `Int32`, `UInt64`, …):
/// its operations on values boxed as the Swift type itself, so that they overflow, wrap and
/// print exactly as Swift's do. Made for each type by `make(_:_:)`.
struct FixedWidthKind {
    /// The type as a value, for boxing.
    let type: NativeType
    /// The value of a literal or `Int` if the type can represent it exactly.
    let exactly: (Int) -> Value?
    /// The value of an integer of any type (an `Int` or a boxed fixed-width one), if the type
    /// can represent it exactly (`init(exactly:)`).
    let converting: (Value) -> Value?
    /// The value of an integer of any Swift type, or the type's bound nearest it (`init(clamping:)`).
    let clamping: (any BinaryInteger) -> Value
    /// The value of an integer's low bits, of any integer type (`init(truncatingIfNeeded:)`).
    let truncating: (Value) -> Value
    /// The value with an `Int`'s bit pattern, for the type of `Int`'s width (`UInt`, `UInt64`).
    let bitPattern: ((Int) -> Value)?
    /// The `Int` of a value, if `Int` can represent it.
    let toInt: (Value) -> Int?
    /// The `Int` with a value's bit pattern, for the type of `Int`'s width.
    let intBitPattern: ((Value) -> Int)?
    /// The `Int` of a value's low bits (`Int(truncatingIfNeeded:)`).
    let intTruncating: (Value) -> Int
    /// The nearest `Double`.
    let toDouble: (Value) -> Double
    /// The value of a `Double` rounded toward zero, if representable.
    let fromDouble: (Double) -> Value?
    /// The value parsed from a string in a radix, as `init?(_:radix:)`.
    let parse: (String, Int) -> Value?
    /// The digits of a value in a radix from 2 to 36, as `String(_:radix:uppercase:)`.
    let digits: (Value, Int, Bool) -> String
    /// The operation `op` (`+`, `&+`, `&`, …): a function of two values giving the result or
    /// Swift's trap message; nil for an operator the type lacks.
    let arithmetic: (String) -> ((Value, Value) -> Result<Value, TrapMessage>)?
    /// The shift `op` by an `Int` amount, which never traps: a smart shift (`<<`, `>>`) or a
    /// masking one (`&<<`, `&>>`, which shift by the amount modulo the bit width).
    let shift: (String) -> ((Value, Int) -> Value)?
    /// The comparison `op` (`<`, `==`, …).
    let comparison: (String) -> ((Value, Value) -> Bool)?
    /// `~x`.
    let not: (Value) -> Value
    /// `-x`, for a signed type, trapping on overflow; nil for an unsigned one.
    let negate: ((Value) -> Result<Value, TrapMessage>)?
    /// `T.random(in: lower..<upper, using:)` (with `closed`, `lower...upper`), the standard
    /// library's own draw; nil for an empty range, on which Swift traps.
    let random: (_ lower: Value, _ upper: Value, _ closed: Bool, _ bits: inout DrawnBits) -> Value?
    /// `min`, `max` and `zero`.
    let constants: [String: Value]
    /// The type's width in bits, its static `bitWidth`.
    let bitWidth: Int
    /// The bit-level properties of a value (`nonzeroBitCount`, `byteSwapped`, … see `IntegerBits`)
    /// and its `magnitude`.
    let properties: [String: (type: SType, get: (Value) -> Value)]
    /// The methods of a value: `signum()`, `isMultiple(of:)` and `quotientAndRemainder(dividingBy:)`.
    let methods: [String: [NativeFunction]]
    /// The method `name` of a value taking another of its type (`addingReportingOverflow(_:)`,
    /// `multipliedFullWidth(by:)`, … see `IntegerBits.method`); nil for another name.
    let method: (_ name: String) -> IntegerBits.Method?

    /// The kind of the Swift type `T`, whose values are boxed as `type` and whose magnitudes
    /// (of type `T.Magnitude`, the unsigned type of its width) as `magnitude`.
    static func make<T: FixedWidthInteger>(_: T.Type, _ type: NativeType, magnitude: NativeType) -> FixedWidthKind {
        func value(_ v: Value) -> T { v.native as? T ?? 0 }
        func integer(_ v: Value) -> any BinaryInteger {
            if case .int(let n) = v { return n }
            return v.native as? any BinaryInteger ?? 0
        }
        let box: (T) -> Value = { type.box($0) }
        func checked(_ op: String, _ f: @escaping (T, T) -> (partialValue: T, overflow: Bool)) -> (Value, Value) -> Result<Value, TrapMessage> {
            { a, b in
                let r = f(value(a), value(b))
                return r.overflow ? .failure(TrapMessage(text: "arithmetic overflow in '\(op)'")) : .success(box(r.partialValue))
            }
        }
        func division(_ op: String, _ f: @escaping (T, T) -> (partialValue: T, overflow: Bool)) -> (Value, Value) -> Result<Value, TrapMessage> {
            { a, b in
                guard value(b) != 0 else {
                    return .failure(TrapMessage(text: op == "/" ? "division by zero" : "division by zero in remainder operation"))
                }
                return checked(op, f)(a, b)
            }
        }
        func plain(_ f: @escaping (T, T) -> T) -> (Value, Value) -> Result<Value, TrapMessage> { { .success(box(f(value($0), value($1)))) } }
        let sameWidthAsInt = T.bitWidth == Int.bitWidth
        return FixedWidthKind(
            type: type,
            exactly: { T(exactly: $0).map(box) },
            converting: { T(exactly: integer($0)).map(box) },
            clamping: { box(T(clamping: $0)) },
            truncating: { box(T(truncatingIfNeeded: integer($0))) },
            bitPattern: sameWidthAsInt ? { box(T(truncatingIfNeeded: $0)) } : nil,
            toInt: { Int(exactly: value($0)) },
            intBitPattern: sameWidthAsInt ? { Int(truncatingIfNeeded: value($0)) } : nil,
            intTruncating: { Int(truncatingIfNeeded: value($0)) },
            toDouble: { Double(value($0)) },
            fromDouble: { T(exactly: $0.rounded(.towardZero)).map(box) },
            parse: { text, radix in T(text, radix: radix).map(box) },
            digits: { v, radix, uppercase in String(value(v), radix: radix, uppercase: uppercase) },
            arithmetic: { op in
                switch op {
                case "+": checked(op) { $0.addingReportingOverflow($1) }
                case "-": checked(op) { $0.subtractingReportingOverflow($1) }
                case "*": checked(op) { $0.multipliedReportingOverflow(by: $1) }
                case "/": division(op) { $0.dividedReportingOverflow(by: $1) }
                case "%": division(op) { $0.remainderReportingOverflow(dividingBy: $1) }
                case "&+": plain(&+)
                case "&-": plain(&-)
                case "&*": plain(&*)
                case "&": plain(&)
                case "|": plain(|)
                case "^": plain(^)
                default: nil
                }
            },
            shift: { op in
                switch op {
                case "<<": { box(value($0) << $1) }
                case ">>": { box(value($0) >> $1) }
                case "&<<": { box(value($0) &<< $1) }
                case "&>>": { box(value($0) &>> $1) }
                default: nil
                }
            },
            comparison: { op in
                switch op {
                case "<": { value($0) < value($1) }
                case "<=": { value($0) <= value($1) }
                case ">": { value($0) > value($1) }
                case ">=": { value($0) >= value($1) }
                case "==": { value($0) == value($1) }
                case "!=": { value($0) != value($1) }
                default: nil
                }
            },
            not: { box(~value($0)) },
            negate: T.isSigned ? { v in
                let r = T.zero.subtractingReportingOverflow(value(v))
                return r.overflow ? .failure(TrapMessage(text: "arithmetic overflow in unary '-'")) : .success(box(r.partialValue))
            } : nil,
            random: { lower, upper, closed, bits in
                let (x, y) = (value(lower), value(upper))
                guard x < y || (closed && x == y) else { return nil }
                return box(closed ? T.random(in: x...y, using: &bits) : T.random(in: x..<y, using: &bits))
            },
            constants: ["min": box(.min), "max": box(.max), "zero": box(.zero)],
            bitWidth: T.bitWidth,
            properties: IntegerBits.properties(of: T.self, type: .native(type), box: box, value: value)
                .merging(["magnitude": (.native(magnitude), { magnitude.box(value($0).magnitude) })]) { $1 },
            methods: [
                "signum": [native([], .native(type)) { _, a in box(value(a[0]).signum()) }],
                "isMultiple": [native([param("of", .native(type))], .bool) { _, a in .bool(value(a[0]).isMultiple(of: value(a[1]))) }],
                "quotientAndRemainder": [native([param("dividingBy", .native(type))], IntegerBits.quotientAndRemainderType(.native(type))) { c, a in
                    switch IntegerBits.quotientAndRemainder(value(a[0]), value(a[1])) {
                    case .success(let r): IntegerBits.quotientAndRemainderValue(box(r.quotient), box(r.remainder))
                    case .failure(let trap): throw c.error(trap.text)
                    }
                }],
            ],
            method: { IntegerBits.method($0, of: T.self, type: .native(type), magnitude: (.native(magnitude), { magnitude.box($0) }),
                                         box: box, value: value) })
    }
}

/// The bit-level properties Swift's `FixedWidthInteger` gives every integer type, `Int` included:
/// `bitWidth`, `nonzeroBitCount`, `leadingZeroBitCount` and `trailingZeroBitCount` (each an
/// `Int`), and `byteSwapped`, `bigEndian` and `littleEndian` (of the value's own type).
enum IntegerBits {
    /// Each property of a `T` value: its type (`type` is `T`'s) and how to get it from a value,
    /// which `value` unboxes and `box` boxes.
    static func properties<T: FixedWidthInteger>(
        of _: T.Type, type: SType, box: @escaping (T) -> Value, value: @escaping (Value) -> T
    ) -> [String: (type: SType, get: (Value) -> Value)] {
        [
            "bitWidth": (.int, { _ in .int(T.bitWidth) }),
            "nonzeroBitCount": (.int, { .int(value($0).nonzeroBitCount) }),
            "leadingZeroBitCount": (.int, { .int(value($0).leadingZeroBitCount) }),
            "trailingZeroBitCount": (.int, { .int(value($0).trailingZeroBitCount) }),
            "byteSwapped": (type, { box(value($0).byteSwapped) }),
            "bigEndian": (type, { box(value($0).bigEndian) }),
            "littleEndian": (type, { box(value($0).littleEndian) }),
        ]
    }

    /// `a.quotientAndRemainder(dividingBy: b)`, or Swift's message where it traps.
    static func quotientAndRemainder<T: FixedWidthInteger>(_ a: T, _ b: T) -> Result<(quotient: T, remainder: T), TrapMessage> {
        guard b != 0 else { return .failure(TrapMessage(text: "Division by zero")) }
        guard !T.isSigned || a != .min || b != -1 else { return .failure(TrapMessage(text: "Division results in an overflow")) }
        return .success(a.quotientAndRemainder(dividingBy: b))
    }

    /// The type of `quotientAndRemainder(dividingBy:)` of a `type` value: `(quotient: type, remainder: type)`.
    static func quotientAndRemainderType(_ type: SType) -> SType {
        .tuple([type, type], labels: ["quotient", "remainder"])
    }

    /// The value of `quotientAndRemainder(dividingBy:)`.
    static func quotientAndRemainderValue(_ quotient: Value, _ remainder: Value) -> Value {
        .tuple(TupleValue(elements: [quotient, remainder], labels: ["quotient", "remainder"]))
    }

    /// A method of a value taking another value of its type, with its result's type.
    struct Method {
        /// The type of its result.
        let type: SType
        /// The result for a value and the argument.
        let apply: (Value, Value) -> Value
    }

    /// The argument label of each method `method(_:of:…)` compiles.
    static let methodLabels: [String: String?] = [
        "addingReportingOverflow": nil, "subtractingReportingOverflow": nil, "multipliedReportingOverflow": "by",
        "dividedReportingOverflow": "by", "remainderReportingOverflow": "dividingBy", "multipliedFullWidth": "by",
    ]

    /// `FixedWidthInteger`'s method `name` of a `T` value (`type`) taking another: one of the
    /// `…ReportingOverflow` methods, whose result is `(partialValue: T, overflow: Bool)` (a zero
    /// divisor reports overflow and gives the dividend, or zero for a remainder, as Swift's), or
    /// `multipliedFullWidth(by:)`, whose result is `(high: T, low: T.Magnitude)`; nil for another name.
    static func method<T: FixedWidthInteger>(
        _ name: String, of _: T.Type, type: SType, magnitude: (type: SType, box: (T.Magnitude) -> Value),
        box: @escaping (T) -> Value, value: @escaping (Value) -> T
    ) -> Method? {
        let reporting: ((T, T) -> (partialValue: T, overflow: Bool))? = switch name {
        case "addingReportingOverflow": { $0.addingReportingOverflow($1) }
        case "subtractingReportingOverflow": { $0.subtractingReportingOverflow($1) }
        case "multipliedReportingOverflow": { $0.multipliedReportingOverflow(by: $1) }
        case "dividedReportingOverflow": { $0.dividedReportingOverflow(by: $1) }
        case "remainderReportingOverflow": { $0.remainderReportingOverflow(dividingBy: $1) }
        default: nil
        }
        if let reporting {
            let labels = ["partialValue", "overflow"]
            return Method(type: .tuple([type, .bool], labels: labels)) { a, b in
                let r = reporting(value(a), value(b))
                return .tuple(TupleValue(elements: [box(r.partialValue), .bool(r.overflow)], labels: labels))
            }
        }
        guard name == "multipliedFullWidth" else { return nil }
        let (labels, boxMagnitude) = (["high", "low"], magnitude.box)
        return Method(type: .tuple([type, magnitude.type], labels: labels)) { a, b in
            let r = value(a).multipliedFullWidth(by: value(b))
            return .tuple(TupleValue(elements: [box(r.high), boxMagnitude(r.low)], labels: labels))
        }
    }

    /// The properties of an `Int`.
    static var int: [String: (type: SType, get: (Value) -> Value)] {
        properties(of: Int.self, type: .int, box: { .int($0) }, value: { if case .int(let n) = $0 { n } else { 0 } })
    }
}

/// The message of a run-time trap, given a place by the compiled code that hit it.
struct TrapMessage: Error {
    /// Swift's message.
    let text: String
}
