import Foundation

/// Reads a note: bytes → UTF-8 text → front matter → math protected → CommonMark (a long note in
/// pieces on all cores), converted with math restored and tables found → experiment blocks. The
/// first pass of the pipeline.
public enum NoteReader {
    /// Reads the note at `path` from disk.
    public static func read(path: String) throws(WeaveError) -> Note {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw .unreadable(path: path, reason: isDirectory.boolValue ? "is a directory" : "permission denied")
            }
            throw .missing(path: path)
        }
        return try parse(Array(data), path: path)
    }

    /// Parses a note from its bytes; `path` is used in diagnostics only.
    public static func parse(_ bytes: [UInt8], path: String) throws(WeaveError) -> Note {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .invalidUTF8(path: path, location: firstInvalidUTF8(bytes))
        }
        return parse(text, path: path)
    }

    /// Parses a note from text; `path` is used in diagnostics only.
    public static func parse(_ text: String, path: String) -> Note {
        let source = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        // cmark ends a line at CR LF, LF or a lone CR; every later step counts LFs only.
        let unixLines =
            source.containsUTF8(UInt8(ascii: "\r"))
            ? source.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : source
        let front = FrontMatterReader.read(unixLines)
        var note = Note(path: path, meta: front.meta, blocks: [])
        for (location, message, severity) in front.problems { note.diagnose(severity, message, at: location) }
        let protected = MathProtector.protect(front.markdown)
        for (location, message) in protected.warnings { note.diagnose(.warning, message, at: location) }
        note.referenceSites = protected.sites
        let placeholders = Placeholders(protected)
        note.blocks = ExperimentBlocks.extract(CommonMark.parse(protected.markdown, content: placeholders), into: &note)
        return note
    }

    /// The line and column of the first byte that is not valid UTF-8.
    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> SourceLocation {
        var line = 1
        var lineStart = 0
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            let length = c < 0x80 ? 1 : c >> 5 == 0b110 ? 2 : c >> 4 == 0b1110 ? 3 : c >> 3 == 0b11110 ? 4 : 0
            let valid =
                length > 0 && i + length <= bytes.count
                && String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil
            if !valid {
                let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).unicodeScalars.count + 1
                return SourceLocation(line: line, column: column)
            }
            if c == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
            }
            i += length
        }
        return SourceLocation(line: line, column: 1)
    }
}
