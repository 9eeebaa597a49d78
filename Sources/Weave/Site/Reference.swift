import Foundation
import Interpreter

/// `reference.html`, written into every site: the public API of Optim and Figures with each
/// declaration's signature (labels, types, defaults, `throws`) and doc comment, grouped by topic,
/// then the built-ins of experiment blocks (checks, tables, figures), so that an author never has
/// to guess a label.
///
/// The declarations come from `Resources/API.json`, which a test reads from Optim's and Figures'
/// sources with SwiftParser and keeps current (`APIDeclarationsTests`); the built-ins and what
/// blocks can reach come from the interpreter's own tables (``BlockAPI``). The page is a ``Note``
/// built from them, so it gets the notes' layout, sidebar and search: every declaration is a
/// heading with a stable anchor (`reference.html#Vector.init(_:)`), and so a search result.
enum Reference {
    /// The page's path in the site.
    static let output = "reference.html"
    /// The page's title.
    static let title = "API reference"
    /// The line under its title in the index's list of notes.
    static let description = "Every public declaration of Optim and Figures, and the built-ins of experiment blocks"

    /// The sections of the page, in order: the topics of Optim's source folders, then Figures.
    private static let groups = [
        "Linear algebra", "Automatic differentiation", "Objectives", "Optimizers", "Schedules", "Line searches",
        "Drivers", "Data", "Figures",
    ]

    /// The declarations bundled with weave.
    static let declarations: [APIDeclaration] = {
        guard let url = Bundle.module.url(forResource: "API", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([APIDeclaration].self, from: data)) ?? []
    }()

    /// The page as a note, made once per process (a preview rebuilds sites many times).
    static let note = makeNote()

    private static func makeNote() -> Note {
        var meta = FrontMatter()
        meta.title = title
        meta.description = description
        meta.lang = "en"
        return Note(path: "", meta: meta, blocks: blocks(declarations, api: BlockAPI()))
    }

    /// The page's blocks for `declarations`, marked with what `api` offers blocks.
    static func blocks(_ declarations: [APIDeclaration], api: BlockAPI) -> [Block] {
        var blocks = markdown("""
            Every public type, initializer, property, method and free function of Optim and Figures, with its \
            declaration as Swift sees it and its documentation, then the built-ins of experiment blocks. A block \
            calls them with the labels shown; an entry that blocks cannot use is marked *Not available in \
            experiment blocks* (a type so marked, with all its members), one offered with other labels, \
            *Labels differ in experiment blocks*, and a protocol that a block's own types cannot adopt says so (the \
            others, such as `Objective`, `LeastSquaresObjective`, `LineSearch` and `GradientOptimizer`, a block's types \
            may adopt).

            `expect(a, approx: b)` without `tol:` passes when |a − b| ≤ 1e-12 + 1e-9·|b| for every element: \
            see `expect` below.
            """)
        let types = Dictionary(declarations.filter(\.isType).map { (qualifiedName($0), $0) }) { first, _ in first }
        let members = Dictionary(grouping: declarations.filter { !$0.isType && $0.owner != nil }) { $0.owner! }
        var anchors = Set<String>()
        // Swift's own spelling (`Vector.init(_:)`), but an operator's characters, which a URL would
        // escape, as `x` and their code (`Vector.x2B(_:_:)` for `+`).
        func anchor(_ name: String) -> String {
            let safe = name.unicodeScalars.map { c in
                c.properties.isAlphabetic || ("0"..."9").contains(c) || "_.:()-".unicodeScalars.contains(c)
                    ? String(c) : "x" + String(c.value, radix: 16, uppercase: true)
            }.joined()
            var id = safe
            var n = 1
            while !anchors.insert(id).inserted {
                n += 1
                id = "\(safe)-\(n)"
            }
            return id
        }
        for group in groups {
            blocks.append(heading(2, [.text(group)], id: anchor(HeadingIDs.slug(group))))
            let groupTypes = types.values.filter { $0.group == group }.sorted { qualifiedName($0) < qualifiedName($1) }
            // Members of a type that the module extends but does not declare (none today) are shown
            // under the type's name in the group of the file that extends it.
            let extended = Set(members.keys).subtracting(types.keys).filter { members[$0]![0].group == group }
            for name in groupTypes.map(qualifiedName) + extended.sorted() {
                let type = types[name]
                blocks.append(heading(3, [.code(name, SourceLocation(line: 0, column: 0))], id: anchor(name)))
                if let type { blocks += entry(type, api: api) }
                // The members of a type that blocks cannot use are not marked one by one.
                let usable = type.map { api.availability(of: $0) != .unavailable } ?? true
                for member in ordered(members[name] ?? []) {
                    blocks.append(heading(4, [.code(member.selector, SourceLocation(line: 0, column: 0))], id: anchor(name + "." + member.selector)))
                    blocks += entry(member, api: usable ? api : nil)
                }
            }
            for function in declarations where function.owner == nil && function.kind == .function && function.group == group {
                blocks.append(heading(3, [.code(function.selector, SourceLocation(line: 0, column: 0))], id: anchor(function.selector)))
                blocks += entry(function, api: api)
            }
        }
        blocks.append(heading(2, [.text("Built-ins of experiment blocks")], id: anchor("built-ins")))
        blocks += markdown("""
            Functions that blocks have besides Optim's and Figures' own: checks and tables, which feed the \
            page's check cards and tables, and the figures drawn from runs and objectives.
            """)
        let declaredFunctions = Set(declarations.filter { $0.owner == nil && $0.kind == .function }.map(\.name))
        for builtin in api.builtins(excluding: declaredFunctions) {
            blocks.append(heading(3, [.code(builtin.name, SourceLocation(line: 0, column: 0))], id: anchor(builtin.name)))
            blocks.append(.code(info: "swift", text: builtin.signature, SourceLocation(line: 0, column: 0)))
            if !builtin.summary.isEmpty { blocks += markdown(builtin.summary) }
        }
        return blocks
    }

    /// `Owner.Name` for a nested type, `Name` otherwise.
    private static func qualifiedName(_ declaration: APIDeclaration) -> String {
        declaration.owner.map { "\($0).\(declaration.name)" } ?? declaration.name
    }

    /// Members in reading order: cases, initializers, properties, then methods, subscripts and
    /// operators; in source order within each kind.
    private static func ordered(_ members: [APIDeclaration]) -> [APIDeclaration] {
        let rank: [APIDeclaration.Kind: Int] = [.case: 0, .initializer: 1, .property: 2]
        return members.enumerated().sorted { (rank[$0.element.kind] ?? 3, $0.offset) < (rank[$1.element.kind] ?? 3, $1.offset) }.map(\.element)
    }

    /// A declaration's signature, whether blocks can use it (unless `api` is nil), and its documentation.
    private static func entry(_ declaration: APIDeclaration, api: BlockAPI?) -> [Block] {
        var blocks: [Block] = [.code(info: "swift", text: declaration.signature, SourceLocation(line: 0, column: 0))]
        switch api?.availability(of: declaration) {
        case .available?, nil: break
        case .differentLabels?: blocks.append(.paragraph([.emphasis([.text("Labels differ in experiment blocks.")])], SourceLocation(line: 0, column: 0)))
        case .unavailable?: blocks.append(.paragraph([.emphasis([.text("Not available in experiment blocks.")])], SourceLocation(line: 0, column: 0)))
        case .notAdoptable?:
            blocks.append(.paragraph([.emphasis([.text("Experiment blocks use it as a type, but their own types cannot adopt it.")])],
                                     SourceLocation(line: 0, column: 0)))
        }
        return blocks + markdown(declaration.doc)
    }

    private static func heading(_ level: Int, _ content: [Inline], id: String) -> Block {
        .heading(level: level, content: content, id: id, SourceLocation(line: 0, column: 0))
    }

    /// Documentation Markdown as blocks: its Swift examples are shown, not run, and its headings
    /// become strong paragraphs, so the page's headings are its declarations.
    private static func markdown(_ text: String) -> [Block] {
        guard !text.isEmpty else { return [] }
        var blocks = NoteReader.parse(text, path: "").blocks
        blocks.rewrite { block in
            Rewrite.leaves(block) { leaf in
                switch leaf {
                case .experiment(let e): .code(info: "swift", text: e.source, e.location)
                case .heading(_, let content, _, let location): .paragraph([.strong(content)], location)
                default: nil
                }
            }
        }
        return blocks
    }
}
