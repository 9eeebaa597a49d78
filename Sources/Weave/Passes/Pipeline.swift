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
        public var run: @Sendable (Note, PassContext) -> Note

        /// Creates a pass.
        public init(name: String, run: @escaping @Sendable (Note, PassContext) -> Note) {
            self.name = name
            self.run = run
        }
    }

    /// The passes, in order.
    public var passes: [Pass]

    /// The standard pipeline.
    public static let standard = Pipeline(passes: [
        Pass(name: "execute") { ExecutePass.apply($0, cache: $1.cache) },
        Pass(name: "numbering") { note, _ in Numbering.apply(note) },
        Pass(name: "equations") { note, _ in EquationNumbering.apply(note) },
        Pass(name: "headings") { note, _ in HeadingIDs.apply(note) },
        Pass(name: "references") { note, _ in CrossReferences.apply(note) },
        Pass(name: "links") { note, _ in NoteLinks.apply(note) },
    ])

    /// Runs every pass over `note`.
    public func run(_ note: Note, in context: PassContext = PassContext()) -> Note {
        passes.reduce(note) { $1.run($0, context) }
    }
}

/// What a build gives every pass besides the note.
public struct PassContext: Sendable {
    /// The build cache, if the build uses one (the execute pass reuses experiment results from it).
    public var cache: BuildCache?

    /// A context; without a cache, every experiment runs.
    public init(cache: BuildCache? = nil) {
        self.cache = cache
    }
}
