/// HTML escaping, the one place that decides how text becomes markup.
enum HTML {
    /// Escapes `&`, `<`, `>` and `"` for text and attribute values.
    static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text`, escaped, to `out`.
    static func escape(_ text: String, into out: inout String) {
        out += needsEscaping(text) ? escape(text) : text
    }

    private static func needsEscaping(_ text: String) -> Bool {
        func special(_ byte: UInt8) -> Bool { byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 }
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where special(byte) { return true }
            return false
        }
        return found ?? text.utf8.contains(where: special)
    }

    /// Percent-encodes a URL the way CommonMark's reference renderer does (keeping `%xx` escapes and
    /// URL punctuation), then escapes it for an attribute.
    static func url(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80 && (scalar.properties.isAlphabetic || (byte >= 0x30 && byte <= 0x39) || urlPunctuation.contains(scalar)) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return escape(out)
    }

    /// The punctuation that URLs keep as is.
    private static let urlPunctuation = Set("-_.!~*'();/?:@&=+$,%#[]".unicodeScalars)

    /// Whether a URL is safe in `--safe` mode (no `javascript:`, `vbscript:`, `file:` or non-image
    /// `data:` schemes), as cmark's safe mode decides.
    static func isSafe(url: String, image: Bool) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:") { return false }
        if lower.hasPrefix("data:") {
            return image && ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lower.hasPrefix($0) }
        }
        return true
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
