/// The constants and members of `Float`, and the constants and bit-level properties of the
/// fixed-width integer types (their arithmetic is compiled in `Compiler+Numbers.swift`).
extension Bindings {
    /// Registers `Float.pi`, `.ulpOfOne` and the other constants, the properties and methods
    /// of a `Float` value, and `UInt8.max`, `x.nonzeroBitCount` and the like.
    func registerFloat() {
        doubleProperties = floatingPointProperties(of: Double.self, type: .double, box: { .double($0) }, value: \.double)
        let float = self.float
        let constants: [String: Float] = [
            "pi": .pi, "ulpOfOne": .ulpOfOne, "infinity": .infinity, "nan": .nan, "signalingNaN": .signalingNaN, "zero": 0,
            "greatestFiniteMagnitude": .greatestFiniteMagnitude, "leastNormalMagnitude": .leastNormalMagnitude,
            "leastNonzeroMagnitude": .leastNonzeroMagnitude,
        ]
        float.constants = constants.mapValues { float.box($0) }
        float.properties.merge(floatingPointProperties(of: Float.self, type: .native(float), box: { float.box($0) },
                                                       value: { $0.native as? Float ?? .nan })) { $1 }
        if let uint32 = fixedWidth["UInt32"]?.type {
            float.properties["bitPattern"] = (.native(uint32), { uint32.box(($0.native as? Float ?? .nan).bitPattern) })
        }
        float.properties["debugDescription"] = (.string, { .string(($0.native as? Float ?? .nan).debugDescription) })
        float.methods["squareRoot"] = [native([], .native(float)) { _, a in float.box((a[0].native as? Float ?? .nan).squareRoot()) }]
        float.methods["rounded"] = [native([], .native(float)) { _, a in float.box((a[0].native as? Float ?? .nan).rounded()) }]
        // `FloatingPoint`'s methods taking another `Float`, as `Double` has them.
        func unbox(_ v: Value) -> Float { v.native as? Float ?? .nan }
        let other = param(nil, .native(float))
        float.methods["truncatingRemainder"] = [native([param("dividingBy", .native(float))], .native(float)) { _, a in
            float.box(unbox(a[0]).truncatingRemainder(dividingBy: unbox(a[1])))
        }]
        float.methods["remainder"] = [native([param("dividingBy", .native(float))], .native(float)) { _, a in
            float.box(unbox(a[0]).remainder(dividingBy: unbox(a[1])))
        }]
        float.methods["addingProduct"] = [native([other, other], .native(float)) { _, a in float.box(unbox(a[0]).addingProduct(unbox(a[1]), unbox(a[2]))) }]
        float.methods["isEqual"] = [native([param("to", .native(float))], .bool) { _, a in .bool(unbox(a[0]).isEqual(to: unbox(a[1]))) }]
        float.methods["isLess"] = [native([param("than", .native(float))], .bool) { _, a in .bool(unbox(a[0]).isLess(than: unbox(a[1]))) }]
        float.methods["isLessThanOrEqualTo"] = [native([other], .bool) { _, a in .bool(unbox(a[0]).isLessThanOrEqualTo(unbox(a[1]))) }]
        for kind in fixedWidth.values {
            kind.type.constants = kind.constants
            kind.type.properties = kind.properties
            kind.type.methods = kind.methods
        }
    }

    /// The properties `FloatingPoint` and `BinaryFloatingPoint` give a `T` value (of `type`,
    /// which `value` unboxes and `box` boxes): `isNaN`, `ulp`, `exponent`, `binade`,
    /// `significandBitPattern` and the others, each with its type, as Swift's.
    func floatingPointProperties<T: BinaryFloatingPoint>(
        of _: T.Type, type: SType, box: @escaping (T) -> Value, value: @escaping (Value) -> T
    ) -> [String: (type: SType, get: (Value) -> Value)] where T.RawExponent == UInt {
        /// A property of type `Bool`.
        func flag(_ get: @escaping (T) -> Bool) -> (type: SType, get: (Value) -> Value) { (.bool, { .bool(get(value($0))) }) }
        /// A NaN's `nextUp` and `nextDown`: a quiet NaN of its sign, as Swift's `x + 0` and `-(-x + 0)`
        /// give it (an optimised build may not keep the sign of the latter's NaN); nil for a number.
        func quietNaN(_ x: T) -> T? { x.isNaN ? (x.sign == .minus ? -T.nan : T.nan) : nil }
        /// A property of type `T`.
        func number(_ get: @escaping (T) -> T) -> (type: SType, get: (Value) -> Value) { (type, { box(get(value($0))) }) }
        var properties: [String: (type: SType, get: (Value) -> Value)] = [
            "isNaN": flag(\.isNaN), "isFinite": flag(\.isFinite), "isInfinite": flag(\.isInfinite), "isZero": flag(\.isZero),
            "isNormal": flag(\.isNormal), "isSubnormal": flag(\.isSubnormal), "isSignalingNaN": flag(\.isSignalingNaN),
            "isCanonical": flag(\.isCanonical),
            "magnitude": number(\.magnitude), "ulp": number(\.ulp), "nextUp": number { quietNaN($0) ?? $0.nextUp }, "nextDown": number { quietNaN($0) ?? $0.nextDown },
            "significand": number(\.significand), "binade": number(\.binade),
            "exponent": (.int, { .int(Int(value($0).exponent)) }), "significandWidth": (.int, { .int(value($0).significandWidth) }),
        ]
        if let uint = fixedWidth["UInt"]?.type {
            properties["exponentBitPattern"] = (.native(uint), { uint.box(value($0).exponentBitPattern) })
        }
        if let bits = fixedWidth["\(T.RawSignificand.self)"]?.type {
            properties["significandBitPattern"] = (.native(bits), { bits.box(value($0).significandBitPattern) })
        }
        return properties
    }
}

/// The static members `BinaryFloatingPoint` gives `T` of type `Int`: `radix`,
/// `significandBitCount` and `exponentBitCount`.
func floatingPointIntegerConstants<T: BinaryFloatingPoint>(of _: T.Type) -> [String: Int] {
    ["radix": T.radix, "significandBitCount": T.significandBitCount, "exponentBitCount": T.exponentBitCount]
}
