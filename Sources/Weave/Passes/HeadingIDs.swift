/// Gives every heading a stable id that is unique within the page, for links and the table of
/// contents: lower-cased letters and digits of any script (CJK kept as is), runs of anything else
/// folded into one `-`; repeats get `-1`, `-2`, …
enum HeadingIDs {
    /// Assigns ids to the headings of `note`.
    static func apply(_ note: Note) -> Note {
        var note = note
        var used: [String: Int] = [:]
        note.blocks.rewrite { block in Rewrite.leaves(block) { assign($0, &used) } }
        return note
    }

    private static func assign(_ block: Block, _ used: inout [String: Int]) -> Block? {
        switch block {
        case .heading(let level, let content, let old, let location):
            let base = slug(content.plainText)
            var id = base
            if let n = used[base] {
                var k = n
                repeat {
                    k += 1
                    id = "\(base)-\(k)"
                } while used[id] != nil
                used[base] = k
            }
            used[id] = used[id] ?? 0
            return id == old ? nil : .heading(level: level, content: content, id: id, location)
        default:
            return nil
        }
    }

    /// The id for a heading text.
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if isWordCharacter(scalar) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : out
    }

    /// Letters, digits and `_` of any script; ASCII is answered without Unicode's tables.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let c = scalar.value
            return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F
        }
        let p = scalar.properties
        return p.isAlphabetic || p.numericType != nil
    }
}
