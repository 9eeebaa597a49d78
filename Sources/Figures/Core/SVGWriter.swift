/// An append-only UTF-8 buffer that writes SVG markup with deterministic,
/// compactly formatted numbers (two decimals in viewBox user units).
///
/// Numbers go through integer hundredths, so the same input always yields the
/// same bytes and relative path coordinates never drift from absolute ones.
struct SVGWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Creates an empty writer, reserving room for `capacity` bytes.
    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// The markup written so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends markup verbatim (the caller guarantees it is well-formed).
    mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Appends another writer's bytes.
    mutating func append(_ other: SVGWriter) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Appends `text` escaped for element content or a quoted attribute value.
    mutating func text(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\""): raw("&quot;")
            case 0..<0x20 where byte != 0x09 && byte != 0x0A && byte != 0x0D:
                bytes.append(UInt8(ascii: " "))  // control characters are not XML
            default: bytes.append(byte)
            }
        }
    }

    /// Appends ` name="value"` with the value escaped.
    mutating func attr(_ name: String, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        raw(name)
        raw("=\"")
        text(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends ` name="number"` with the number rounded to two decimals.
    mutating func attr(_ name: String, _ value: Double) {
        bytes.append(UInt8(ascii: " "))
        raw(name)
        raw("=\"")
        number(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a number rounded to two decimals, without trailing zeros.
    mutating func number(_ value: Double) {
        fixed(SVGWriter.hundredths(value))
    }

    /// Appends a value given in integer hundredths, e.g. 1205 → `12.05`,
    /// -50 → `-.5`, 0 → `0`.
    mutating func fixed(_ hundredths: Int) {
        var h = hundredths
        if h < 0 {
            bytes.append(UInt8(ascii: "-"))
            h = -h
        }
        let whole = h / 100
        let fraction = h % 100
        if whole != 0 || fraction == 0 {
            integer(whole)
        }
        if fraction != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
            if fraction % 10 != 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
            }
        }
    }

    /// Appends a non-negative integer in decimal.
    mutating func integer(_ value: Int) {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Rounds a user-unit coordinate to integer hundredths, clamping values
    /// beyond ±10⁷ (which never reach here from clipped geometry).
    static func hundredths(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        let clamped = min(max(value, -1e7), 1e7)
        return Int((clamped * 100).rounded())
    }
}
