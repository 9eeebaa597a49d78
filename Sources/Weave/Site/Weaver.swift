import Foundation
import Synchronization
import Worker

/// What to build and how.
public struct WeaveOptions: Sendable {
    /// The output folder (default `site`).
    public var output: String = "site"
    /// Write pages and assets; `false` runs and verifies only (`--check`).
    public var writePages = true
    /// Drop raw HTML and unsafe link schemes (`--safe`).
    public var safe = false
    /// The math typesetter; `nil` picks KaTeX under node when present, else client-side KaTeX.
    public var typesetter: (any MathTypesetter)?
    /// The passes run on every note.
    public var pipeline = Pipeline.standard
    /// A BibTeX file for the citations of every note; `nil` uses the `references.bib` nearest to
    /// each note (in its folder or a folder above it).
    public var bibliography: String?
    /// The URL the site is served from (`https://example.org/course/`), for `sitemap.xml` (written
    /// only when it is known) and the links of `404.html`; `nil` when unknown.
    public var baseURL: String?
    /// Build only this part of the notes (`--shard i/n`); `nil` builds them all.
    public var shard: Shard?
    /// The build cache (`nil`: every experiment runs and every formula is typeset).
    public var cache: BuildCache?
    /// Called as each note is built (from the note's thread), with the number of notes done and
    /// the total, for a progress display.
    public var progress: (@Sendable (_ note: String, _ done: Int, _ total: Int) -> Void)?

    /// Default options.
    public init() {}
}

/// One of `count` parts of a build's notes, so a large course can be checked by several machines
/// at once (a CI matrix), each filling the build cache that a last, whole build then reuses.
public struct Shard: Sendable, Equatable {
    /// Which part, from 1.
    public var index: Int
    /// How many parts.
    public var count: Int

    /// Part `index` of `count`, or `nil` unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Notes `index`, `index + count`, … (from 1) of `entries`, which are in a deterministic order
    /// (the course's, then the path's): every note is in exactly one part, and the parts differ in
    /// size by one note at most.
    func select<T>(_ entries: [T]) -> [T] {
        entries.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}

/// The outcome of a build.
public struct BuildResult: Sendable {
    /// One built page.
    public struct Page: Sendable {
        /// The note's path as given.
        public var source: String
        /// The page's path inside the output folder.
        public var output: String
        /// The page's HTML.
        public var html: String
        /// Seconds from reading to writing this note.
        public var seconds: Double
        /// Whether the note's experiment results came from the build cache.
        public var reused: Bool
    }

    /// The pages in input order (a generated index page, in a folder build without `index.md`, last).
    public var pages: [Page]
    /// Every diagnostic, notes in input order, each note's in source order.
    public var diagnostics: [Diagnostic]
    /// The JSON report.
    public var report: Report
    /// Whether any note has an error.
    public var failed: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Builds notes into pages: resolves the inputs, reads every note, runs the pipeline, typesets all
/// formulas in one batch, writes pages, the index and the shared assets.
public enum Weaver {
    /// Builds `paths` (files or folders). Throws only for problems that stop the whole build
    /// (a missing path, an unwritable output folder); problems inside notes are diagnostics.
    public static func build(_ paths: [String], options: WeaveOptions = WeaveOptions()) throws(WeaveError) -> BuildResult {
        let outcome = LargeStack.run { () -> Result<BuildResult, WeaveError> in
            do throws(WeaveError) {
                return .success(try buildOnThisThread(paths, options: options))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// Starts an experiment worker now, unless one already waits, for the next note that runs
    /// experiments to take: a process that builds again and again (`weave preview`) calls this
    /// between builds, so a code edit's run does not wait for a process to start. The spare parses
    /// the blocks of the note that last ran (the one being edited) while it waits, so that the
    /// next run of that note parses only its changed blocks. The worker ends with the calling
    /// thread, so call it from one that lives as long as the process.
    public static func startSpareWorker() {
        Supervisor.startSpare(ExecutePass.workerExecutable, likely: ExecutePass.lastRun.withLock { $0 })
    }

    /// Makes SIGINT and SIGTERM remove the temporary files of pages being written before the
    /// process ends, so an interrupted build leaves the output folder as it was. For command-line
    /// front ends; call once, before building.
    public static func removeTemporaryFilesOnInterrupt() {
        OutputFile.removeTemporariesOnInterrupt()
    }

    /// Reads Markdown text, runs the pipeline and returns the body HTML with the note's
    /// diagnostics: the whole of weave but page template, files and site. Used by tests and by
    /// anyone embedding notes in their own pages.
    public static func fragment(
        _ markdown: String, path: String = "note.md", options: WeaveOptions = WeaveOptions()
    ) -> (html: String, diagnostics: [Diagnostic]) {
        LargeStack.run {
            var note = options.pipeline.run(NoteReader.parse(markdown, path: path), in: PassContext(cache: options.cache))
            var bibliographies = Bibliographies(options: options)
            note = link(note, course: CrossReferences.Course([note]), bibliographies: &bibliographies)
            note.diagnostics += bibliographies.problems
            let formulas = TypesetFormulas((options.typesetter ?? ClientSideTypesetter()).start())
            defer { formulas.finish() }
            let typeset = formulas.typeset(keys(in: note.blocks))
            reportTeXErrors(in: &note, typeset: typeset)
            let writer = HTMLWriter(math: typeset, safe: options.safe, words: PageWords(lang: note.meta.lang))
            return (writer.render(note.blocks), note.diagnostics)
        }
    }

    private static func buildOnThisThread(_ paths: [String], options: WeaveOptions) throws(WeaveError) -> BuildResult {
        let inputs = try Inputs.resolve(paths, outputFolder: options.output).part(options.shard)
        var diagnostics = inputs.warnings
        let typesetter = options.typesetter ?? defaultTypesetter(&diagnostics)
        let formulas = TypesetFormulas(typesetter.start(), cache: options.cache.flatMap { cache in typesetter.cacheIdentity.map { (cache, $0) } })
        defer { formulas.finish() }
        // Notes are independent (one interpreter session each), so each is read and run on its own
        // thread, then, once every note has run and references between notes and citations are
        // resolved, typeset and rendered on its own thread; results come back in input order. The
        // largest notes start first, so a long note does not start last and finish alone.
        let order = largestFirst(inputs.entries)
        let done = Mutex(0)
        let ran = LargeStack.map(order.count) { slot -> BuiltNote in
            let entry = inputs.entries[order[slot]]
            let note = run(entry, formulas: formulas, options: options)
            if let progress = options.progress {
                progress(entry.source, done.withLock { $0 += 1; return $0 }, order.count)
            }
            return note
        }
        // References to other notes and citations need every note run and the bibliographies read.
        let labels = CrossReferences.Course(ran.map(\.note))
        var bibliographies = Bibliographies(options: options)
        let linked = ran.map { built in
            var built = built
            if built.readable { built.note = link(built.note, course: labels, bibliographies: &bibliographies) }
            return built
        }
        diagnostics += bibliographies.problems
        let built = LargeStack.map(order.count) { slot -> BuiltNote in
            render(linked[slot], formulas: formulas, options: options)
        }
        // Back to input order (a shard may have no notes at all).
        var slots = [Int](repeating: 0, count: order.count)
        for (slot, index) in order.enumerated() { slots[index] = slot }
        let notes = slots.map { built[$0] }

        // The main course, then its translations. Every site gets the API reference as the last
        // page of its main course, unless a note already takes its place.
        var editions = inputs.hasSite ? Course.editions(entries: inputs.entries, notes: notes.map(\.note)) : []
        let reference = !editions.isEmpty && !inputs.entries.contains { $0.inSite && $0.output == Reference.output } ? Reference.note : nil
        if let reference {
            editions[0].members.append(Course.Member(output: Reference.output, title: reference.title, description: reference.meta.description))
        }
        let course = editions.first
        var pages: [BuildResult.Page] = []
        var entries: [Report.NoteEntry] = []
        for (entry, note) in zip(inputs.entries, notes) {
            diagnostics += note.note.diagnostics
            if var content = note.content {
                let own = entry.inSite ? editions.first { $0.contains(entry.output) } : nil
                if let own, entry.output == own.index { content.body += own.noteList(root: root(of: entry.output)) }
                let html = page(
                    content, entry: entry, course: own, translations: Course.translations(of: entry.output, in: editions), typesetter: typesetter)
                pages.append(
                    BuildResult.Page(source: entry.source, output: entry.output, html: html, seconds: note.total, reused: note.note.experimentsReused))
            }
            entries.append(
                ReportBuilder.entry(
                    for: note.note, output: options.writePages && note.content != nil ? options.output + "/" + entry.output : nil,
                    timings: note.timings))
        }
        if let course, !pages.contains(where: { $0.output == Course.indexOutput }) {
            // No index.md: a generated index page with the course title and the list of notes.
            var meta = FrontMatter()
            meta.title = course.title
            meta.lang = course.lang
            let entry = Inputs.Entry(source: "index.md", output: Course.indexOutput, inSite: true)
            var content = PageContent(note: Note(path: "", meta: meta, blocks: []), writer: HTMLWriter(math: [:], safe: options.safe))
            content.body += course.noteList(root: "")
            pages.append(
                BuildResult.Page(
                    source: entry.source, output: entry.output,
                    html: page(content, entry: entry, course: course, translations: Course.translations(of: entry.output, in: editions), typesetter: typesetter),
                    seconds: 0, reused: false))
        }
        if let course, let reference {
            let entry = Inputs.Entry(source: Reference.output, output: Reference.output, inSite: true)
            let content = PageContent(note: reference, writer: HTMLWriter(math: [:], safe: options.safe))
            pages.append(
                BuildResult.Page(
                    source: entry.source, output: entry.output,
                    html: page(content, entry: entry, course: course, translations: [], typesetter: typesetter),
                    seconds: 0, reused: false))
        }
        if options.writePages {
            OutputFile.removeStaleTemporaries(in: options.output)
            try Assets.write(to: options.output, withScript: typesetter is ClientSideTypesetter)
            if let course {
                var built = Dictionary(zip(inputs.entries, notes).filter { $0.0.inSite }.map { ($0.0.output, $0.1.note) }) { first, _ in first }
                built[Reference.output] = built[Reference.output] ?? reference
                try OutputFile.write(SearchScript.js, to: options.output + "/assets/search.js")
                for edition in editions {
                    try OutputFile.write(
                        SearchIndex.script(SearchIndex.entries(edition, notes: built)), to: options.output + "/" + edition.searchIndexOutput)
                }
                try OutputFile.write(notFoundPage(course, typesetter: typesetter, options: options), to: options.output + "/404.html")
                if let base = options.baseURL { try OutputFile.write(Course.sitemap(editions, baseURL: base), to: options.output + "/sitemap.xml") }
            }
            for page in pages { try OutputFile.write(page.html, to: options.output + "/" + page.output) }
        }
        if let problem = options.cache?.problem {
            diagnostics.append(
                Diagnostic(
                    severity: .warning, path: options.cache!.folder, location: nil,
                    message: "cannot write the build cache (\(problem)); results of this build are not kept"))
        }
        let report = Report(notes: entries, failed: diagnostics.contains { $0.severity == .error })
        return BuildResult(pages: pages, diagnostics: diagnostics, report: report)
    }

    /// The distinct typesetting keys of the formulas in `blocks`, in order of first appearance.
    /// Walking a long note's tree is bound by memory latency, so its chunks are walked on all
    /// cores, each listing its own distinct keys.
    private static func keys(in blocks: [Block]) -> [MathKey] {
        let chunks = LargeStack.chunks(blocks.count, minimum: LargeStack.parallelBlocks) { _, range in
            var seen = Set<MathKey>()
            var keys: [MathKey] = []
            Rewrite.forEachFormula(in: blocks[range]) { m in
                let key = MathKey(tex: m.tex, display: m.display)
                if seen.insert(key).inserted { keys.append(key) }
            }
            return keys
        }
        if chunks.count == 1 { return chunks[0] }
        var seen = Set<MathKey>()
        return chunks.joined().filter { seen.insert($0).inserted }
    }

    /// Entry indices by decreasing file size (a missing file counts as empty), ties in input order.
    private static func largestFirst(_ entries: [Inputs.Entry]) -> [Int] {
        let sizes = entries.map { (try? FileManager.default.attributesOfItem(atPath: $0.source)[.size] as? Int) ?? 0 }
        return entries.indices.sorted { (sizes[$0], $1) > (sizes[$1], $0) }
    }

    /// One note after reading, running, typesetting and rendering.
    private struct BuiltNote: Sendable {
        var note: Note
        /// The rendered note, or `nil` if the note could not be read (or is not rendered yet).
        var content: PageContent?
        /// Seconds per phase, for the report.
        var timings: [String: Double]
        /// Whether the note could be read (and so is to be rendered).
        var readable: Bool
        /// Seconds from reading to the rendered page.
        var total: Double { timings.values.reduce(0, +) }
    }

    /// The bibliographies of a build, each read once, and what was wrong with them.
    private struct Bibliographies {
        let options: WeaveOptions
        var read: [String: Bibliography?] = [:]
        var problems: [Diagnostic] = []

        /// The bibliography for the note at `path`.
        mutating func bibliography(for path: String) -> Bibliography? {
            guard let file = options.bibliography ?? Bibliography.nearest(to: path) else { return nil }
            if let known = read[file] { return known }
            let bibliography = Bibliography(path: file)
            if bibliography == nil {
                problems.append(Diagnostic(severity: .warning, path: file, location: nil, message: "cannot read the bibliography"))
            }
            problems += bibliography?.problems ?? []
            read[file] = bibliography
            return bibliography
        }
    }

    /// `note` with its references to other notes and its citations resolved.
    private static func link(_ note: Note, course: CrossReferences.Course, bibliographies: inout Bibliographies) -> Note {
        let note = CrossReferences.resolve(note, in: course)
        let cites = Rewrite.containsInline(in: note.blocks[...]) { inline in
            if case .text(let text) = inline { text.contains("\\cite{") || text.contains("@") } else { false }
        }
        return cites ? Citations.apply(note, bibliography: bibliographies.bibliography(for: note.path)) : note
    }

    /// Measures the phases of one note.
    private struct Clock {
        var last = DispatchTime.now()

        /// Seconds since the last lap.
        mutating func lap() -> Double {
            let now = DispatchTime.now()
            defer { last = now }
            return Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9
        }
    }

    /// Reads and runs one note through the pipeline; its `content` is left `nil` when it could
    /// not be read, and otherwise filled by ``render(_:formulas:options:)``.
    private static func run(_ entry: Inputs.Entry, formulas: TypesetFormulas, options: WeaveOptions) -> BuiltNote {
        var clock = Clock()
        // A process that builds again and again (`weave preview`) keeps, in its cache's memory, the
        // last run of each note whose experiments came from the cache (one per path and pipeline),
        // with the digest of the bytes it was read from: what running those bytes again would
        // give, since every other input of the run is in the cache key of its experiments. An edit
        // of one note then reads and runs that note alone.
        let bytes = FileManager.default.contents(atPath: entry.source)
        let memo = options.cache.flatMap { cache in
            bytes.map { bytes in
                let slot = CacheKey(["note/1", entry.source] + options.pipeline.passes.map(\.name))
                return (cache, slot, CacheKey([String(decoding: bytes, as: UTF8.self)]))
            }
        }
        if let (cache, slot, read) = memo, let last = cache.recall(.notes, slot, as: LastRun.self), last.read == read {
            return BuiltNote(note: last.note, content: nil, timings: ["read+run+passes": clock.lap()], readable: true)
        }
        var note: Note
        do throws(WeaveError) {
            // The bytes the memo's key was made of (a save during the build cannot come between).
            if let bytes { note = try NoteReader.parse(Array(bytes), path: entry.source) } else { note = try NoteReader.read(path: entry.source) }
            // Experiments add no formulas, and formulas are final once equations are numbered
            // (but for `\ref`s to figures): typesetting starts now, while the note runs.
            if Rewrite.experiments(in: note.blocks).contains(where: { !$0.noRun }) {
                formulas.prefetch(keys(in: EquationNumbering.apply(note).blocks))
            }
            note = options.pipeline.run(note, in: PassContext(cache: options.cache))
            if let (cache, slot, read) = memo, note.experimentsReused { cache.remember(LastRun(read: read, note: note), .notes, slot) }
        } catch {
            note = Note(path: entry.source, meta: FrontMatter(), blocks: [])
            note.diagnostics.append(error.diagnostic)
            return BuiltNote(note: note, content: nil, timings: ["read+run+passes": clock.lap()], readable: false)
        }
        return BuiltNote(note: note, content: nil, timings: ["read+run+passes": clock.lap()], readable: true)
    }

    /// A note's last run, kept in memory by the build cache: the digest of the bytes it read, and
    /// the note after the pipeline.
    private struct LastRun: Sendable {
        var read: CacheKey
        var note: Note
    }

    /// Typesets and renders a note that ran.
    private static func render(_ built: BuiltNote, formulas: TypesetFormulas, options: WeaveOptions) -> BuiltNote {
        guard built.readable else { return built }
        var built = built
        var clock = Clock()
        let typeset = formulas.typeset(keys(in: built.note.blocks))
        reportTeXErrors(in: &built.note, typeset: typeset)
        built.timings["typeset"] = clock.lap()
        built.content = PageContent(note: built.note, writer: HTMLWriter(math: typeset, safe: options.safe, words: PageWords(lang: built.note.meta.lang)))
        built.timings["write"] = clock.lap()
        return built
    }

    /// Adds a warning for every formula of the note that KaTeX rejected (`typeset` holds the
    /// note's formulas), then puts the note's diagnostics in source order (those without a place
    /// first).
    private static func reportTeXErrors(in note: inout Note, typeset: [MathKey: Result<String, MathError>]) {
        if typeset.values.contains(where: { if case .failure = $0 { true } else { false } }) {
            for formula in Rewrite.formulas(in: note.blocks) {
                if case .failure(let error)? = typeset[MathKey(tex: formula.tex, display: formula.display)] {
                    note.diagnose(.warning, "TeX error: \(error.message)", at: formula.location)
                }
            }
        }
        let start = SourceLocation(line: 0, column: 0)
        note.diagnostics.sort { ($0.location ?? start) < ($1.location ?? start) }
    }

    private static func defaultTypesetter(_ diagnostics: inout [Diagnostic]) -> any MathTypesetter {
        if let katex = KaTeXTypesetter.locate() { return katex }
        let reason = Assets.katexAvailable ? "node is not installed" : "KaTeX (Debian's libjs-katex) is not installed"
        diagnostics.append(
            Diagnostic(
                severity: .warning, path: "weave", location: nil,
                message: "\(reason): formulas are typeset in the browser and TeX errors are not checked"))
        return ClientSideTypesetter()
    }

    /// The page of `content` for `entry`, with the course's navigation when it is part of one and
    /// links to its `translations`.
    private static func page(
        _ content: PageContent, entry: Inputs.Entry, course: Course?, translations: [Course.Translation], typesetter: any MathTypesetter
    ) -> String {
        let root = root(of: entry.output)
        return Page(
            content: content, output: entry.output, root: root, support: typesetter.pageSupport(assets: root + "assets"), course: course,
            translations: translations
        ).html
    }

    /// The path from the page at `output` to the site root (`""`, `"../"`, …).
    private static func root(of output: String) -> String {
        String(repeating: "../", count: output.split(separator: "/").count - 1)
    }

    /// `404.html`: served for any missing path of the site, so its links start from the site's
    /// URL when it is known; without it they are relative, which is right for a missing page at
    /// the top level of the site, wherever the site is served.
    private static func notFoundPage(_ course: Course, typesetter: any MathTypesetter, options: WeaveOptions) -> String {
        let root = options.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        var meta = FrontMatter()
        meta.title = course.words.pageNotFound
        meta.lang = course.lang
        var content = PageContent(note: Note(path: "", meta: meta, blocks: []), writer: HTMLWriter(math: [:], safe: options.safe))
        content.body = "<p>" + course.words.noPageHere(index: "<a href=\"\(root)\(Course.indexOutput)\">\(course.words.courseIndex)</a>") + "</p>\n"
            + course.noteList(root: root)
        return Page(content: content, output: "404.html", root: root, support: typesetter.pageSupport(assets: root + "assets"), course: course).html
    }
}
