import ArgumentParser
import Foundation
import Weave

/// `weave`: turns Markdown course notes into HTML pages, running their experiments.
@main
struct WeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weave",
        abstract: "Weave Markdown course notes into HTML pages, running their Swift experiments.",
        discussion: """
            A file argument builds one page (notes/sgd.md → site/sgd.html); a folder builds every .md \
            below it into a site with an index page. Diagnostics go to standard error as \
            path:line:col: error|warning: message. Exit status: 0 success, 1 a note has an error or \
            failed check, 2 usage error.
            """)

    @Argument(help: "Notes (.md files) or folders of notes.")
    var paths: [String]

    @Option(name: .long, help: "The output folder.")
    var out: String = "site"

    @Flag(name: .long, help: "Run and verify everything, write no HTML (for CI).")
    var check = false

    @Flag(name: .long, help: "Write the one page to standard output instead of a file.")
    var stdout = false

    @Option(name: .long, help: ArgumentHelp("Write a JSON report to FILE, or to standard output with '-'.", valueName: "file"))
    var json: String?

    @Flag(name: .long, help: "Drop raw HTML and unsafe links from the notes.")
    var safe = false

    @Flag(name: .long, help: "Print only diagnostics.")
    var quiet = false

    func validate() throws {
        if stdout && check { throw ValidationError("--stdout and --check cannot be combined") }
        if stdout && json == "-" { throw ValidationError("--stdout and --json - would both write to standard output") }
        if let json, json != "-" {
            let target = URL(fileURLWithPath: json).standardizedFileURL.resolvingSymlinksInPath().path
            let notes = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
            if json.hasSuffix(".md") || notes.contains(target) {
                throw ValidationError("--json \(json) would overwrite a note; name the report file, e.g. --json report.json")
            }
        }
    }

    /// Parses arguments and runs; usage errors exit with status 2.
    static func main() {
        ProcessMemory.growHeapsInLargeSteps()
        Weaver.removeTemporaryFilesOnInterrupt()
        let command: WeaveCommand
        do {
            guard let parsed = try parseAsRoot() as? WeaveCommand else { Foundation.exit(2) }
            command = parsed
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
        Foundation.exit(command.execute())
    }

    /// Builds, reports and returns the exit status.
    func execute() -> Int32 {
        var options = WeaveOptions()
        options.output = out
        options.writePages = !check && !stdout
        options.safe = safe
        let result: BuildResult
        do {
            result = try Weaver.build(paths, options: options)
        } catch {
            printError("\(error)")
            if case .usage = error { return 2 }
            return 1
        }
        for diagnostic in result.diagnostics { printError(diagnostic.description) }
        if stdout {
            guard result.pages.count == 1, let page = result.pages.first else {
                printError("error: --stdout needs exactly one note, got \(result.pages.count) pages")
                return 2
            }
            FileHandle.standardOutput.write(Data(page.html.utf8))
        } else if !quiet {
            for page in result.pages {
                let time = String(format: "%.2f s", page.seconds)
                let line = check ? "\(page.source): checked (\(time))" : "\(page.source) → \(out)/\(page.output) (\(time))"
                if json == "-" { printError(line) } else { print(line) }
            }
        }
        if let json, !writeReport(result.report, to: json) { return 1 }
        return result.failed ? 1 : 0
    }

    private func writeReport(_ report: Report, to destination: String) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report) else { return false }
        if destination == "-" {
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return true
        }
        do {
            try data.write(to: URL(fileURLWithPath: destination), options: .atomic)
            return true
        } catch {
            printError("\(destination): error: cannot write the JSON report: \(error.localizedDescription)")
            return false
        }
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
