/// HTML escaping, the one place that decides how text becomes markup.
enum HTML {
    /// Escapes `&`, `<`, `>` and `"` for text and attribute values.
    static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var out = HTMLOutput()
        escape(text, into: &out)
        return out.string
    }

    /// Appends `text`, escaped, to `out`.
    static func escape(_ text: String, into out: inout HTMLOutput) {
        guard needsEscaping(text) else {
            out += text
            return
        }
        for byte in text.utf8 {
            switch byte {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += "&quot;"
            default: out.append(byte)
            }
        }
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
        escape(percentEncoded(url, keeping: urlPunctuation))
    }

    /// A relative URL for a file path: every byte but letters, digits, `-_.~` and `/` is
    /// percent-encoded, so a file named `a#b?.md` links to itself and not to a fragment or query.
    static func pathURL(_ path: String) -> String {
        percentEncoded(path, keeping: pathPunctuation)
    }

    /// `text` with every byte but ASCII letters, digits and `kept` percent-encoded.
    private static func percentEncoded(_ text: String, keeping kept: Set<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            if isLetterOrDigit(byte) || kept.contains(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The punctuation that file paths keep as is in URLs.
    private static let pathPunctuation = Set("-_.~/".utf8)

    /// The punctuation that URLs keep as is.
    private static let urlPunctuation = Set("-_.!~*'();/?:@&=+$,%#[]".utf8)

    /// Whether `byte` is an ASCII letter or digit.
    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
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

/// HTML being written, as UTF-8 bytes: appending a piece is a copy into the buffer, much cheaper
/// than appending to a `String`, which checks and updates its storage on every append. A page has
/// tens of thousands of pieces.
struct HTMLOutput {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Appends `text`.
    static func += (out: inout HTMLOutput, text: String) {
        out.bytes.append(contentsOf: text.utf8)
    }

    /// Appends one byte.
    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }


    /// Drops the last byte if it is a newline.
    mutating func dropTrailingNewline() {
        if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
    }

    /// The HTML as text (every piece came from a `String`, so the bytes are valid UTF-8).
    var string: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The HTML of `parts`, one after another, copied once into the string.
    static func string(joining parts: [HTMLOutput]) -> String {
        if parts.count == 1 { return parts[0].string }
        return String(unsafeUninitializedCapacity: parts.reduce(0) { $0 + $1.bytes.count }) { buffer in
            var end = 0
            for part in parts {
                let copied = UnsafeMutableBufferPointer(rebasing: buffer[end...]).initialize(fromContentsOf: part.bytes)
                end += copied
            }
            return end
        }
    }
}
