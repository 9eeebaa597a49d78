/// Block-level structure of a note, as CommonMark defines it plus tables, display math and
/// experiment blocks.
public enum Block: Hashable, Sendable {
    /// A paragraph of inline content.
    case paragraph([Inline], SourceLocation)
    /// A heading; `id` is assigned by the heading pass and is unique within the page.
    case heading(level: Int, content: [Inline], id: String, SourceLocation)
    /// A block quote.
    case blockQuote([Block])
    /// A bullet or ordered list; each item is a list of blocks.
    case list(List)
    /// A fenced or indented code block that is not an experiment.
    case code(info: String, text: String, SourceLocation)
    /// A fenced code block whose language is `swift`: an experiment, run by the execute pass.
    indirect case experiment(Experiment)
    /// Raw HTML, dropped in safe mode.
    case html(String)
    /// A thematic break (`---`).
    case thematicBreak
    /// A paragraph that holds only display math.
    indirect case displayMath(Math)
    /// A GitHub pipe table.
    case table(Table)
}

/// A bullet or ordered list.
public struct List: Hashable, Sendable {
    /// Ordered (`1.`) rather than bullet (`-`).
    public var ordered: Bool
    /// The first number of an ordered list.
    public var start: Int
    /// Tight lists render items without `<p>` wrappers.
    public var tight: Bool
    /// The items, each a sequence of blocks.
    public var items: [[Block]]
    /// An HTML id per item (a reference list's `cite-key` anchors), or `nil` for none.
    public var ids: [String]?

    /// Creates a list.
    public init(ordered: Bool, start: Int, tight: Bool, items: [[Block]], ids: [String]? = nil) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
        self.ids = ids
    }
}

/// A GitHub pipe table.
public struct Table: Hashable, Sendable {
    /// Column alignment from the delimiter row.
    public enum Alignment: Hashable, Sendable { case none, left, center, right }
    /// One alignment per column.
    public var alignments: [Alignment]
    /// The header cells.
    public var header: [[Inline]]
    /// The body rows; each row has at most `alignments.count` cells (the rest are empty).
    public var rows: [[[Inline]]]
    /// Where the header row starts.
    public var location: SourceLocation
    /// The caption from a `Table: …` paragraph right after the table, if any.
    public var caption: [Inline]?
    /// The `{#id}` at the end of that caption: the table's anchor and label for `\ref`.
    public var id: String?
    /// The table's number, given by the numbering pass when it has a caption.
    public var number: Int?

    /// Creates a table.
    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]], location: SourceLocation) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.location = location
    }
}
