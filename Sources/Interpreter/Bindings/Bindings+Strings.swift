import Foundation

/// A string's views: `unicodeScalars`, a sequence of `Unicode.Scalar`s, `utf8`, of its bytes,
/// and `utf16`, of its UTF-16 code units. They print as the string does; a scalar's `value` is a
/// `UInt32`, a byte a `UInt8` and a code unit a `UInt16`.
/// `Unicode.Scalar(_:)` makes a scalar of a `UInt8`, or optionally of a `UInt32` or `Int`. A
/// `Range<String.Index>` has its bounds. Foundation's `NSString` is made of a string and has its `length`.
extension Bindings {
    /// Registers the views' members and their elements' (the `unicodeScalars` and `utf8`
    /// properties of a string are compiled with the string's other members).
    func registerStringViews() {
        let scalar = unicodeScalar
        let (uint32, uint8) = (fixedWidth["UInt32"]!.type, fixedWidth["UInt8"]!.type)
        scalar.properties["value"] = (.native(uint32), { uint32.box(($0.native as! Unicode.Scalar).value) })
        scalar.properties["isASCII"] = (.bool, { .bool(($0.native as! Unicode.Scalar).isASCII) })
        let properties = scalarProperties
        scalar.properties["properties"] = (.native(properties), { properties.box(($0.native as! Unicode.Scalar).properties) })
        let flags: [String: KeyPath<Unicode.Scalar.Properties, Bool>] = [
            "isAlphabetic": \.isAlphabetic, "isWhitespace": \.isWhitespace, "isUppercase": \.isUppercase,
            "isLowercase": \.isLowercase, "isMath": \.isMath, "isEmoji": \.isEmoji,
        ]
        for (name, flag) in flags {
            properties.properties[name] = (.bool, { .bool(($0.native as! Unicode.Scalar.Properties)[keyPath: flag]) })
        }
        unicodeNamespace.statics["Scalar"] = [
            native([param(nil, .native(uint8))], .native(scalar)) { _, a in scalar.box(Unicode.Scalar(a[0].native as? UInt8 ?? 0)) },
            native([param(nil, .native(uint32))], .optional(.native(scalar))) { _, a in
                Unicode.Scalar(a[0].native as? UInt32 ?? 0).map { .some(scalar.box($0)) } ?? .none
            },
            native([param(nil, .int)], .optional(.native(scalar))) { _, a in Unicode.Scalar(a[0].int).map { .some(scalar.box($0)) } ?? .none },
        ]
        unicodeScalarView.sequence = (.native(scalar), { ($0 as! String.UnicodeScalarView).map { scalar.box($0) } })
        unicodeScalarView.properties["count"] = (.int, { .int(($0.native as! String.UnicodeScalarView).count) })
        unicodeScalarView.properties["first"] = (.optional(.native(scalar)), {
            ($0.native as! String.UnicodeScalarView).first.map { .some(scalar.box($0)) } ?? .none
        })
        let index = stringIndex
        for (name, bound) in [("lowerBound", \Range<String.Index>.lowerBound), ("upperBound", \.upperBound)] {
            stringRange.properties[name] = (.native(index), { index.box(($0.native as! Range<String.Index>)[keyPath: bound]) })
        }
        stringRange.properties["isEmpty"] = (.bool, { .bool(($0.native as! Range<String.Index>).isEmpty) })
        utf8View.sequence = (.native(uint8), { ($0 as! String.UTF8View).map { uint8.box($0) } })
        utf8View.properties["count"] = (.int, { .int(($0.native as! String.UTF8View).count) })
        let uint16 = fixedWidth["UInt16"]!.type
        utf16View.sequence = (.native(uint16), { ($0 as! String.UTF16View).map { uint16.box($0) } })
        utf16View.properties["count"] = (.int, { .int(($0.native as! String.UTF16View).count) })
        let text = nsString
        text.initializers = [native([param("string", .string)], .native(text)) { _, a in text.box(NSString(string: a[0].description)) }]
        text.properties["length"] = (.int, { .int(($0.native as! NSString).length) })
    }
}
