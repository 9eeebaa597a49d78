/// Finds `\label{…}`, `\ref{…}` and `\eqref{…}` in TeX or prose by a direct scan of the UTF-8
/// bytes (no regular expressions: they dominate the cost of a long note otherwise). Text without a
/// match costs one scan and no allocation.
enum TeXCommands {
    /// One occurrence: the command's byte range in the text, its name and its argument.
    struct Match {
        var range: Range<Int>
        var command: String
        var argument: String
    }

    /// Every `\name{argument}` in `text` whose name is in `names`, in order.
    static func find(_ names: Set<String>, in text: String) -> [Match] {
        var text = text
        return text.withUTF8 { find(names, in: $0) }
    }

    /// Whether `text` holds a `\name{argument}` whose name is in `names`.
    static func contains(_ names: Set<String>, in text: String) -> Bool {
        !find(names, in: text).isEmpty
    }

    /// `text` with every match of `names` replaced by `transform(match)`, or `nil` when there is
    /// no match.
    static func replace(_ names: Set<String>, in text: String, with transform: (Match) -> String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            let found = find(names, in: bytes)
            guard !found.isEmpty else { return nil }
            var out = ""
            out.reserveCapacity(bytes.count)
            var last = 0
            for m in found {
                out += String(decoding: bytes[last..<m.range.lowerBound], as: UTF8.self)
                out += transform(m)
                last = m.range.upperBound
            }
            return out + String(decoding: bytes[last...], as: UTF8.self)
        }
    }

    private static func find(_ names: Set<String>, in bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
        var matches: [Match] = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "\\") else {
                i += 1
                continue
            }
            var j = i + 1
            while j < bytes.count, (bytes[j] >= UInt8(ascii: "a") && bytes[j] <= UInt8(ascii: "z")) { j += 1 }
            guard j > i + 1, j < bytes.count, bytes[j] == UInt8(ascii: "{") else {
                i = max(j, i + 2)
                continue
            }
            let word = bytes[(i + 1)..<j]
            guard let name = names.first(where: { $0.utf8.elementsEqual(word) }),
                let close = bytes[(j + 1)...].firstIndex(of: UInt8(ascii: "}"))
            else {
                i = j
                continue
            }
            matches.append(Match(range: i..<(close + 1), command: name, argument: String(decoding: bytes[(j + 1)..<close], as: UTF8.self)))
            i = close + 1
        }
        return matches
    }
}
