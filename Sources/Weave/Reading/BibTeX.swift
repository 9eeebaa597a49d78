import Foundation

/// One work of a bibliography: its key, its type (`article`, `book`, …) and its fields, values
/// with braces and the common TeX accents resolved.
public struct BibEntry: Hashable, Sendable {
    /// The citation key.
    public var key: String
    /// The entry type, lower-cased.
    public var type: String
    /// The fields by lower-cased name.
    public var fields: [String: String]
    /// Where the entry starts in its file.
    public var location: SourceLocation
}

/// A BibTeX file read by our own reader: `@type{key, name = {value} | "value" | 123 | macro, …}`
/// entries (braces nest; `#` joins pieces), `@string` macros, `@comment` and `@preamble` skipped,
/// and `%` comments. A malformed entry is a warning at its line and column and is skipped; the rest of the
/// file is still read.
public struct Bibliography: Sendable {
    /// The entries by key (a key defined twice keeps its first entry).
    public var entries: [String: BibEntry]
    /// What was wrong with the file, located in it.
    public var problems: [Diagnostic]

    /// Reads `text`; `path` is for the problems' locations.
    public init(parsing text: String, path: String) {
        var parser = Parser(bytes: Array(text.utf8), path: path)
        parser.run()
        entries = parser.entries
        problems = parser.problems
    }

    /// Reads the file at `path`; `nil` when there is none.
    public init?(path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        self.init(parsing: String(decoding: data, as: UTF8.self), path: path)
    }

    /// The path of the `references.bib` nearest to the note at `notePath`: in its folder or the
    /// closest folder above it; `nil` when there is none.
    public static func nearest(to notePath: String) -> String? {
        var folder = (notePath as NSString).deletingLastPathComponent
        while true {
            let candidate = folder.isEmpty ? "references.bib" : folder + "/references.bib"
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            if folder.isEmpty || folder == "/" { return nil }
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        let path: String
        var i = 0
        var entries: [String: BibEntry] = [:]
        var problems: [Diagnostic] = []
        var macros: [String: String] = [
            "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
            "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
        ]

        struct Problem: Error {
            var at: Int
            var message: String
        }

        mutating func run() {
            // Between entries everything is a comment; a `%` line may even hold an `@`.
            while let at = bytes[i...].firstIndex(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "%") }) {
                i = at
                if bytes[at] == UInt8(ascii: "%") {
                    skipSpace()
                    continue
                }
                do {
                    try entry()
                } catch {
                    problems.append(Diagnostic(severity: .warning, path: path, location: location(of: error.at), message: error.message))
                    // Resume at the next `@` that starts a line.
                    i = at + 1
                    while i < bytes.count, !(bytes[i] == UInt8(ascii: "@") && (i == 0 || bytes[i - 1] == UInt8(ascii: "\n"))) { i += 1 }
                }
            }
        }

        private mutating func entry() throws(Problem) {
            let start = i
            i += 1
            let type = name().lowercased()
            guard !type.isEmpty else { throw Problem(at: start, message: "expected an entry type after '@'") }
            if type == "comment" { return }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "(") else {
                throw Problem(at: i, message: "expected '{' after '@\(type)'")
            }
            let close = bytes[i] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
            i += 1
            skipSpace()
            if type == "preamble" {
                _ = try value()
                try expect(close)
                return
            }
            if type == "string" {
                let (field, value) = try field()
                macros[field] = value
                skipSpace()
                try expect(close)
                return
            }
            let keyStart = i
            while i < bytes.count, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ","), bytes[i] != close { i += 1 }
            let key = String(decoding: bytes[keyStart..<i], as: UTF8.self)
            guard !key.isEmpty else { throw Problem(at: keyStart, message: "expected a citation key in '@\(type)'") }
            var fields: [String: String] = [:]
            skipSpace()
            while i < bytes.count, bytes[i] == UInt8(ascii: ",") {
                i += 1
                skipSpace()
                if i < bytes.count, bytes[i] == close { break }
                let fieldStart = i
                let (name, value) = try field()
                if fields[name] != nil {
                    problems.append(Diagnostic(severity: .warning, path: path, location: location(of: fieldStart), message: "field '\(name)' is given twice in '\(key)'; the first is kept"))
                } else {
                    fields[name] = value
                }
                skipSpace()
            }
            try expect(close)
            if entries[key] != nil {
                problems.append(Diagnostic(severity: .warning, path: path, location: location(of: start), message: "key '\(key)' is defined twice; the first entry is kept"))
            } else {
                entries[key] = BibEntry(key: key, type: type, fields: fields, location: location(of: start))
            }
        }

        /// `name = value`.
        private mutating func field() throws(Problem) -> (String, String) {
            let start = i
            let field = name().lowercased()
            guard !field.isEmpty else { throw Problem(at: start, message: "expected a field name") }
            skipSpace()
            try expect(UInt8(ascii: "="))
            skipSpace()
            return (field, try value())
        }

        /// Pieces joined by `#`.
        private mutating func value() throws(Problem) -> String {
            var out = ""
            while true {
                guard i < bytes.count else { throw Problem(at: i, message: "the file ends inside a value") }
                let start = i
                switch bytes[i] {
                case UInt8(ascii: "{"):
                    out += try delimited(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"))
                case UInt8(ascii: "\""):
                    out += try delimited(open: UInt8(ascii: "\""), close: UInt8(ascii: "\""))
                default:
                    let word = name()
                    guard !word.isEmpty else { throw Problem(at: start, message: "expected a value: '{…}', \"…\", a number or a @string name") }
                    if word.allSatisfy(\.isNumber) {
                        out += word
                    } else if let macro = macros[word.lowercased()] {
                        out += macro
                    } else {
                        throw Problem(at: start, message: "unknown @string name '\(word)'")
                    }
                }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "#") else { return TeXText.plain(out) }
                i += 1
                skipSpace()
            }
        }

        /// A braced or quoted value, with its nested braces kept for ``TeXText``.
        private mutating func delimited(open: UInt8, close: UInt8) throws(Problem) -> String {
            let start = i
            i += 1
            var depth = 0
            let contentStart = i
            while i < bytes.count {
                let c = bytes[i]
                if c == UInt8(ascii: "\\") {
                    i += 2
                    continue
                }
                if c == UInt8(ascii: "{") {
                    depth += 1
                } else if c == close && depth == 0 {
                    let content = String(decoding: bytes[contentStart..<i], as: UTF8.self)
                    i += 1
                    return content
                } else if c == UInt8(ascii: "}") {
                    depth -= 1
                }
                i += 1
            }
            throw Problem(at: start, message: "unclosed \(open == UInt8(ascii: "{") ? "'{'" : "'\"'") in a value")
        }

        private mutating func expect(_ c: UInt8) throws(Problem) {
            guard i < bytes.count, bytes[i] == c else {
                let found = i < bytes.count ? "'\(String(decoding: [bytes[i]], as: UTF8.self))'" : "the end of the file"
                throw Problem(at: i, message: "expected '\(String(decoding: [c], as: UTF8.self))', found \(found)")
            }
            i += 1
        }

        /// Letters, digits and `_-:.+/`.
        private mutating func name() -> String {
            let start = i
            while i < bytes.count, HTML.isLetterOrDigit(bytes[i]) || "_-:.+/".utf8.contains(bytes[i]) { i += 1 }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        private mutating func skipSpace() {
            while i < bytes.count {
                if Self.isSpace(bytes[i]) {
                    i += 1
                } else if bytes[i] == UInt8(ascii: "%") {
                    while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
                } else {
                    return
                }
            }
        }

        private static func isSpace(_ c: UInt8) -> Bool {
            c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r")
        }

        private func location(of offset: Int) -> SourceLocation {
            let end = min(offset, bytes.count)
            let lineStart = bytes[..<end].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let line = bytes[..<end].count { $0 == UInt8(ascii: "\n") } + 1
            return SourceLocation(line: line, column: String(decoding: bytes[lineStart..<end], as: UTF8.self).unicodeScalars.count + 1)
        }
    }
}

/// The plain text of a BibTeX value: braces dropped, `--` an en dash, `~` a space, and the
/// common accents (`\"o`, `{\'e}`, `\c{c}`, …) composed.
enum TeXText {
    static func plain(_ tex: String) -> String {
        var out = ""
        var scalars = Array(tex.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            switch c {
            case "{", "}": continue
            case "~": out += " "
            case "-" where scalars.first == "-":
                scalars.removeFirst()
                if scalars.first == "-" { scalars.removeFirst() }
                out += "–"
            case "\\":
                guard let command = scalars.popFirst() else { break }
                if let mark = accents[command], !command.properties.isAlphabetic || scalars.first == "{" || scalars.first == " " {
                    while scalars.first == "{" || scalars.first == " " { scalars.removeFirst() }
                    guard let base = scalars.popFirst() else { break }
                    out += String(String.UnicodeScalarView([base, mark])).precomposedStringWithCanonicalMapping
                } else if command.properties.isAlphabetic {
                    var word = String(command)
                    while let next = scalars.first, next.properties.isAlphabetic { word.unicodeScalars.append(scalars.removeFirst()) }
                    out += letters[word] ?? ""
                    while scalars.first == " " { scalars.removeFirst() }
                } else {
                    out.unicodeScalars.append(command)
                }
            default:
                out.unicodeScalars.append(c)
            }
        }
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// Accent commands and the combining marks they put on the next letter.
    private static let accents: [Unicode.Scalar: Unicode.Scalar] = [
        "\"": "\u{308}", "'": "\u{301}", "`": "\u{300}", "^": "\u{302}", "~": "\u{303}", "=": "\u{304}", ".": "\u{307}",
        "c": "\u{327}", "v": "\u{30C}", "u": "\u{306}", "H": "\u{30B}", "k": "\u{328}",
    ]

    /// Letter commands.
    private static let letters: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å", "l": "ł", "L": "Ł", "i": "ı",
        "emph": "", "textit": "", "textbf": "", "&": "&",
    ]
}
