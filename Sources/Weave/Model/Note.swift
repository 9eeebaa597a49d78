/// One course note: where it came from, its front matter and its blocks. Every pass of the
/// pipeline takes a `Note` and returns a `Note`.
public struct Note: Sendable {
    /// The path of the `.md` file as the user gave it (used in diagnostics).
    public var path: String
    /// Metadata from the YAML front matter.
    public var meta: FrontMatter
    /// The document's blocks.
    public var blocks: [Block]
    /// Diagnostics found so far, in source order per pass.
    public var diagnostics: [Diagnostic]
    /// Whether the experiment results came from the build cache rather than from running.
    public var experimentsReused = false
    /// What a reference can name in this note, by label: numbered equations, figures, tables and
    /// checks, and sections (filled by the numbering passes and ``CrossReferences``).
    var targets: [String: ReferenceTarget] = [:]
    /// Where each reference and citation stands in the `.md` file, in source order (recorded by
    /// the reader), so that one naming nothing is reported at its own line and column.
    var referenceSites: [ReferenceSite] = []

    /// Creates a note.
    public init(path: String, meta: FrontMatter, blocks: [Block], diagnostics: [Diagnostic] = []) {
        self.path = path
        self.meta = meta
        self.blocks = blocks
        self.diagnostics = diagnostics
    }

    /// The page title: front matter `title`, else the text of the first level-1 heading, else the
    /// file name.
    public var title: String {
        if let title = meta.title { return title }
        for case let .heading(1, content, _, _) in blocks { return content.plainText }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// Records a diagnostic at a location in this note.
    public mutating func diagnose(_ severity: Diagnostic.Severity, _ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(severity: severity, path: path, location: location, message: message))
    }
}

/// The YAML front matter fields weave understands.
public struct FrontMatter: Hashable, Sendable {
    /// The page title (falls back to the first H1).
    public var title: String?
    /// A subtitle shown under the title.
    public var subtitle: String?
    /// The author line.
    public var author: String?
    /// The date, kept as written.
    public var date: String?
    /// The page language (`lang` attribute), default `en`.
    public var lang: String?
    /// The meta description.
    public var description: String?
    /// The seed for the note's random numbers.
    public var seed: UInt64?
    /// The per-block time budget in seconds.
    public var timeBudget: Double?
    /// The most memory the note's experiments may use, in bytes.
    public var memoryBudget: Int?

    /// Empty front matter.
    public init() {}
}

extension [Inline] {
    /// The text content without markup, as used for titles, ids and alt text.
    public var plainText: String {
        var out = ""
        for inline in self {
            switch inline {
            case .text(let s), .code(let s, _), .value(let s), .failure(let s): out += s
            case .softBreak, .lineBreak: out += " "
            case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c): out += c.plainText
            case .html: break
            case .math(let m): out += m.tex
            case .reference(_, let text, _): out += text ?? "??"
            }
        }
        return out
    }
}
