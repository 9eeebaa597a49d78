/// The machine-readable account of a build (`--json`): per note, its diagnostics, experiment
/// blocks with their `.md` lines, status, output and checks, and timings.
public struct Report: Codable, Sendable {
    /// One note's account.
    public struct NoteEntry: Codable, Sendable {
        /// The note's path as given.
        public var path: String
        /// The page written, if any.
        public var output: String?
        /// The page title.
        public var title: String
        /// `ok`, `warning` or `error`.
        public var status: String
        /// Diagnostics as `path:line:col: severity: message` with their parts.
        public var diagnostics: [DiagnosticEntry]
        /// The experiment blocks in order.
        public var blocks: [BlockEntry]
        /// Seconds spent on this note, by phase.
        public var timings: [String: Double]
        /// Whether the experiment results came from the build cache (nothing was run).
        public var reused = false
    }

    /// A diagnostic.
    public struct DiagnosticEntry: Codable, Sendable {
        /// `error` or `warning`.
        public var severity: String
        /// 1-based line, if located.
        public var line: Int?
        /// 1-based column, if located.
        public var column: Int?
        /// The message.
        public var message: String
        /// The full compiler-style line.
        public var text: String
    }

    /// An experiment block.
    public struct BlockEntry: Codable, Sendable {
        /// The line of the opening fence.
        public var line: Int
        /// The block's `id=`, if any.
        public var id: String?
        /// The block's `title=`, if any.
        public var title: String?
        /// A check card's number on the page.
        public var number: Int?
        /// `normal`, `check` or `expect-error`.
        public var kind: String
        /// `passed`, `failed` or `not-run`.
        public var status: String
        /// Printed and displayed text.
        public var output: String
        /// Check results.
        public var checks: [CheckEntry]
        /// Located error messages.
        public var errors: [String]
        /// Seconds spent running the block.
        public var seconds: Double?
    }

    /// One expectation of a check block.
    public struct CheckEntry: Codable, Sendable {
        /// Whether it held.
        public var passed: Bool
        /// Its message.
        public var message: String
        /// The measured discrepancy.
        public var detail: String?
        /// Its line in the `.md` file.
        public var line: Int
    }

    /// Every note built, in input order.
    public var notes: [NoteEntry]
    /// Whether any note had an error.
    public var failed: Bool
}
