import ArgumentParser
import Foundation

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

/// How diagnostics are printed on standard error.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    /// `path:line:col: severity: message`, as compilers print them.
    case plain
    /// `::error file=…,line=…,col=…::message`, which GitHub Actions shows as annotations.
    case github
}
