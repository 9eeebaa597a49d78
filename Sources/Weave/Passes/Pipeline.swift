/// The chain of passes every note goes through after reading, in order:
/// execute experiments → number figures, tables and checks → number equations (and resolve the
/// references inside formulas) → heading ids → resolve the references of the prose → links between
/// notes. Each pass is `Note -> Note`; references to other notes and citations, which need the
/// other notes and the bibliography, are resolved by ``Weaver``, then typesetting and writing.
public struct Pipeline: Sendable {
    /// A named step of the pipeline.
    public struct Pass: Sendable {
        /// A short name that identifies the pass, for tools that list or time the pipeline.
        public var name: String
        /// The transformation.
        public var run: @Sendable (Note) -> Note

        /// Creates a pass.
        public init(name: String, run: @escaping @Sendable (Note) -> Note) {
            self.name = name
            self.run = run
        }
    }

    /// The passes, in order.
    public var passes: [Pass]

    /// The standard pipeline.
    public static let standard = Pipeline(passes: [
        Pass(name: "execute", run: ExecutePass.apply),
        Pass(name: "numbering", run: Numbering.apply),
        Pass(name: "equations", run: EquationNumbering.apply),
        Pass(name: "headings", run: HeadingIDs.apply),
        Pass(name: "references", run: CrossReferences.apply),
        Pass(name: "links", run: NoteLinks.apply),
    ])

    /// Runs every pass over `note`.
    public func run(_ note: Note) -> Note {
        passes.reduce(note) { $1.run($0) }
    }
}
