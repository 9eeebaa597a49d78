import ArgumentParser
import Foundation
import Weave

/// The arguments `weave build` and `weave check` share: which notes, where the site goes, the
/// report and how much is printed.
struct NoteOptions: ParsableArguments {
    @Argument(help: "Notes (.md files) or folders of notes.")
    var paths: [String]

    @Option(name: .long, help: "The output folder (also kept out of the notes read from an input folder).")
    var out: String = "site"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write a JSON report to FILE; with '-', to standard output instead of writing any page (as with --check).",
            valueName: "file"))
    var json: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Write a JUnit XML report to FILE: a test case per check card, a failure per failed check.", valueName: "file"))
    var junit: String?

    @Option(
        name: .long,
        help: ArgumentHelp("How diagnostics are printed: 'plain' (path:line:col: severity: message) or 'github' (GitHub Actions annotations).", valueName: "format"))
    var diagnostics: DiagnosticFormat = .plain

    @Option(
        name: .long,
        help: ArgumentHelp("The site's public address (e.g. https://me.github.io/course/): sitemap.xml is written and 404.html links start from it.", valueName: "url"))
    var baseURL: String?

    @OptionGroup var caching: CacheOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Build only part i of n of the notes (e.g. 2/4), to spread a large course over several CI jobs that share the cache.",
            valueName: "i/n"))
    var shard: Shard?

    @Flag(name: .long, help: "Drop raw HTML and unsafe links from the notes.")
    var safe = false

    @Flag(name: .long, help: "Print only diagnostics.")
    var quiet = false

    /// Whether the JSON report goes to standard output, which then holds nothing else.
    var jsonToStandardOutput: Bool { json == "-" }

    /// Refuses a report path that would overwrite a note (or any `.md` file).
    func validate() throws {
        func resolved(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        for (option, file, example) in [("--json", json, "report.json"), ("--junit", junit, "junit.xml")] {
            guard let file, file != "-" else { continue }
            if file.hasSuffix(".md") || paths.map(resolved).contains(resolved(file)) {
                throw ValidationError("\(option) \(file) would overwrite a note; name the report file, e.g. \(option) \(example)")
            }
        }
    }
}

/// The build cache's options, shared by every subcommand that builds.
struct CacheOptions: ParsableArguments {
    /// `.weave-cache` in the current folder, beside the default output folder `site`.
    static let defaultFolder = ".weave-cache"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The build cache: experiment results and typeset formulas kept between builds, reused while nothing they depend on changes.",
            valueName: "folder"))
    var cache: String = defaultFolder

    @Flag(name: .customLong("no-cache"), help: "Run every experiment and typeset every formula; read and write no cache.")
    var noCache = false

    /// The build cache to read and write, if any.
    var buildCache: BuildCache? { noCache ? nil : BuildCache(folder: cache) }
}

extension Shard: ExpressibleByArgument {
    /// Parses `i/n` with 1 ≤ i ≤ n.
    public init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }
}

/// How diagnostics are printed on standard error.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    /// `path:line:col: severity: message`, as compilers print them.
    case plain
    /// `::error file=…,line=…,col=…::message`, which GitHub Actions shows as annotations.
    case github
}
