/// Inline content of a paragraph, heading or table cell.
public enum Inline: Hashable, Sendable {
    /// Plain text (not yet HTML-escaped).
    case text(String)
    /// A line break in the source that renders as a space.
    case softBreak
    /// A hard line break (`\` or two spaces at the end of a line).
    case lineBreak
    /// A code span; `{swift} expr` spans become `.value` after execution.
    case code(String, SourceLocation)
    /// Emphasised content (`*x*`).
    case emphasis([Inline])
    /// Strong content (`**x**`).
    case strong([Inline])
    /// A link with destination, title and label content.
    case link(destination: String, title: String, content: [Inline])
    /// An image with source, title and alternative text.
    case image(source: String, title: String, alt: [Inline])
    /// Raw inline HTML, dropped in safe mode.
    case html(String)
    /// TeX math, kept exactly as written between its delimiters.
    indirect case math(Math)
    /// A reference in prose (`\ref{label}`, `\eqref{label}`, `\cref{label}`, a citation),
    /// resolved to the text shown ("3", "(2)", "Figure 3", "1") and the link (`#figure-3`,
    /// `sgd.html#eq-gd`); `text` is `nil` for a label that names nothing, or until a reference
    /// to another note is resolved.
    case reference(label: String, text: String?, href: String)
    /// A computed value quoted in prose (the result of an inline `{swift}` span).
    case value(String)
    /// An error shown in place of an inline value that failed.
    case failure(String)
}

/// A TeX formula with where it stands and how it is to be typeset.
public struct Math: Hashable, Sendable {
    /// The TeX source, exactly as written between the delimiters.
    public var tex: String
    /// Display (block) rather than inline style.
    public var display: Bool
    /// The environment name for bare `\begin{env}…\end{env}` math, else `nil`.
    public var environment: String?
    /// The position of the opening delimiter in the `.md` file.
    public var location: SourceLocation
    /// The position of the first character of ``tex`` in the `.md` file, after the delimiter.
    public var texLocation: SourceLocation
    /// The equation number assigned by the numbering pass, if any.
    public var number: Int?
    /// The `\label{…}` names found in the formula.
    public var labels: [String]

    /// Creates a formula whose opening delimiter is `delimiter` characters wide (its TeX begins
    /// that far after `location`); number and labels are filled in by later passes.
    public init(tex: String, display: Bool, environment: String? = nil, location: SourceLocation, delimiter: Int = 0) {
        self.tex = tex
        self.display = display
        self.environment = environment
        self.location = location
        self.texLocation = SourceLocation(line: location.line, column: location.column + delimiter)
        self.number = nil
        self.labels = []
    }
}
