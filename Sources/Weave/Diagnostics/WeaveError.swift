/// Problems that stop weave from reading or writing a note at all (as opposed to ``Diagnostic``s,
/// which are about places inside a note).
public enum WeaveError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path does not exist.
    case missing(path: String)
    /// The path exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// The file is not UTF-8 text.
    case invalidUTF8(path: String, location: SourceLocation)
    /// A folder argument contains no `.md` files.
    case noNotes(folder: String)
    /// An output file could not be written.
    case cannotWrite(path: String, reason: String)
    /// The command line asks for something contradictory.
    case usage(String)

    /// The error as a diagnostic, located where there is a place.
    public var diagnostic: Diagnostic {
        switch self {
        case .missing(let path): return Diagnostic(severity: .error, path: path, location: nil, message: "no such file or directory")
        case .unreadable(let path, let reason): return Diagnostic(severity: .error, path: path, location: nil, message: "cannot read: \(reason)")
        case .invalidUTF8(let path, let location):
            return Diagnostic(severity: .error, path: path, location: location, message: "not valid UTF-8 text (notes must be saved as UTF-8)")
        case .noNotes(let folder): return Diagnostic(severity: .error, path: folder, location: nil, message: "no .md notes in this folder")
        case .cannotWrite(let path, let reason): return Diagnostic(severity: .error, path: path, location: nil, message: "cannot write: \(reason)")
        case .usage(let message): return Diagnostic(severity: .error, path: "weave", location: nil, message: message)
        }
    }

    /// `path: error: message`, or `path:line:col: error: message` where there is a place.
    public var description: String {
        if case .usage(let message) = self { return "error: \(message)" }
        return diagnostic.description
    }
}
