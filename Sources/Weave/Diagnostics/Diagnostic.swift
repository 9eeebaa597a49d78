import Foundation

/// A message about a note, located in the user's `.md` file and printed the way compilers do:
/// `notes/sgd.md:42:7: error: …`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable {
        /// Makes weave exit 1.
        case error
        /// Reported, does not change the exit status.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// The note's path as the user gave it.
    public var path: String
    /// Where in the note, if the problem has a place.
    public var location: SourceLocation?
    /// The message, starting in lower case, without a final period.
    public var message: String

    /// Creates a diagnostic.
    public init(severity: Severity, path: String, location: SourceLocation?, message: String) {
        self.severity = severity
        self.path = path
        self.location = location
        self.message = message
    }

    /// `path:line:col: severity: message`, on one line: control characters from the note (an
    /// escape sequence in a string, say) are shown as `\u{1B}`, never sent to the terminal.
    public var description: String {
        let place = location.map { "\(path):\($0.line):\($0.column)" } ?? path
        return Self.printable("\(place): \(severity.rawValue): \(message)")
    }

    /// The diagnostic as a GitHub Actions workflow command, which GitHub shows as an annotation on
    /// the file's line: `::error file=notes/sgd.md,line=42,col=7::message`.
    public var githubAnnotation: String {
        func escaped(_ text: String, property: Bool) -> String {
            var out = text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
            if property { out = out.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C") }
            return out
        }
        var properties = ["file=" + escaped(path, property: true)]
        if let location {
            properties += ["line=\(location.line)", "col=\(location.column)"]
        }
        return "::\(severity.rawValue) \(properties.joined(separator: ","))::" + Self.printable(escaped(message, property: false))
    }

    /// `text` with C0 and C1 control characters (but tab) written as `\u{…}` escapes.
    static func printable(_ text: String) -> String {
        func isControl(_ u: Unicode.Scalar) -> Bool {
            (u.value < 0x20 && u != "\t") || (0x7F...0x9F).contains(u.value)
        }
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if isControl(u) {
                out.append(contentsOf: "\\u{\(String(u.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }
}
