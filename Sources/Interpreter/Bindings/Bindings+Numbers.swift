/// The constants and members of `Float`, and the constants and bit-level properties of the
/// fixed-width integer types (their arithmetic is compiled in `Compiler+Numbers.swift`).
extension Bindings {
    /// Registers `Float.pi`, `.ulpOfOne` and the other constants, the properties and methods
    /// of a `Float` value, and `UInt8.max`, `x.nonzeroBitCount` and the like.
    func registerFloat() {
        let float = self.float
        let constants: [String: Float] = [
            "pi": .pi, "ulpOfOne": .ulpOfOne, "infinity": .infinity, "nan": .nan, "zero": 0,
            "greatestFiniteMagnitude": .greatestFiniteMagnitude, "leastNormalMagnitude": .leastNormalMagnitude,
            "leastNonzeroMagnitude": .leastNonzeroMagnitude,
        ]
        float.constants = constants.mapValues { float.box($0) }
        let properties: [String: (SType, (Float) -> Value)] = [
            "isNaN": (.bool, { .bool($0.isNaN) }), "isFinite": (.bool, { .bool($0.isFinite) }),
            "isInfinite": (.bool, { .bool($0.isInfinite) }), "isZero": (.bool, { .bool($0.isZero) }),
            "magnitude": (.native(float), { float.box($0.magnitude) }), "ulp": (.native(float), { float.box($0.ulp) }),
            "nextUp": (.native(float), { float.box($0.nextUp) }), "nextDown": (.native(float), { float.box($0.nextDown) }),
            "significand": (.native(float), { float.box($0.significand) }), "exponent": (.int, { .int($0.exponent) }),
        ]
        for (name, (type, get)) in properties {
            float.properties[name] = (type, { get($0.native as? Float ?? .nan) })
        }
        float.methods["squareRoot"] = [native([], .native(float)) { _, a in float.box((a[0].native as? Float ?? .nan).squareRoot()) }]
        float.methods["rounded"] = [native([], .native(float)) { _, a in float.box((a[0].native as? Float ?? .nan).rounded()) }]
        for kind in fixedWidth.values {
            kind.type.constants = kind.constants
            kind.type.properties = kind.properties
            kind.type.methods = kind.methods
        }
    }
}
