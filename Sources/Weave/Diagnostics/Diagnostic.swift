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

    /// `path:line:col: severity: message`.
    public var description: String {
        let place = location.map { "\(path):\($0.line):\($0.column)" } ?? path
        return "\(place): \(severity.rawValue): \(message)"
    }
}
