/// HTML escaping, the one place that decides how text becomes markup.
enum HTML {
    /// Escapes `&`, `<`, `>` and `"` for text and attribute values.
    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Percent-encodes a URL the way CommonMark's reference renderer does (keeping `%xx` escapes and
    /// URL punctuation), then escapes it for an attribute.
    static func url(_ url: String) -> String {
        let safe = Set("-_.!~*'();/?:@&=+$,%#[]".unicodeScalars)
        var out = ""
        for byte in url.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80 && (scalar.properties.isAlphabetic || (byte >= 0x30 && byte <= 0x39) || safe.contains(scalar)) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return escape(out)
    }

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
