import ArgumentParser
import Foundation
import Weave

/// `weave build` (the default subcommand): runs the notes and writes their pages.
struct Build: WeaveSubcommand {
    static let configuration = CommandConfiguration(
        abstract: "Build pages into the output folder (the default: `weave notes` is `weave build notes`).")

    @OptionGroup var notes: NoteOptions

    @Flag(name: .long, help: "Run and verify everything, write no HTML (the same as `weave check`).")
    var check = false

    @Flag(
        name: .customLong("stdout"),
        help: "Write the one page to standard output, self-contained (stylesheets, KaTeX's fonts and script inlined); write no file.")
    var standardOutput = false

    func validate() throws {
        if notes.shard != nil && !check && !notes.jsonToStandardOutput {
            throw ValidationError("--shard builds part of the notes to fill the cache and writes no page: use it with `weave check`")
        }
        guard standardOutput else { return }
        if check { throw ValidationError("--stdout and --check cannot be combined") }
        if notes.json != nil { throw ValidationError("--stdout writes no report: use --json with `weave build` or `weave check`") }
    }

    func execute() -> Int32 {
        if standardOutput { return writeSelfContainedPage() }
        return NoteBuild(notes: notes, writePages: !check && !notes.jsonToStandardOutput).run()
    }

    /// Builds the one note into a temporary folder, then prints its page with the assets it
    /// links to inlined.
    private func writeSelfContainedPage() -> Int32 {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-stdout-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = notes
        options.out = folder.path
        let (result, status) = NoteBuild(notes: options, writePages: true, printsProgress: false).build()
        guard let result else { return status }
        guard result.pages.count == 1, let page = result.pages.first else {
            printError("error: --stdout needs exactly one note, got \(result.pages.count) pages")
            return 2
        }
        let pageFolder = folder.appendingPathComponent(page.output).deletingLastPathComponent()
        do {
            let html = try SelfContainedPage.inline(page.html, relativeTo: pageFolder)
            writeOut(Data(html.utf8), to: STDOUT_FILENO)
        } catch {
            printError("\(page.source): error: \(error)")
            return 1
        }
        return status
    }
}

/// `weave check`: runs and verifies the notes, writes no page.
struct Check: WeaveSubcommand {
    static let configuration = CommandConfiguration(
        abstract: "Run and verify the notes (experiments, checks, TeX) without writing any page (for CI).")

    @OptionGroup var notes: NoteOptions

    func execute() -> Int32 {
        NoteBuild(notes: notes, writePages: false).run()
    }
}

/// One run of `Weaver.build` for `build` and `check`: prints diagnostics and a line per note,
/// writes the JSON report, and marks an output folder it created (for `weave clean`).
struct NoteBuild {
    var notes: NoteOptions
    /// Write pages and assets into `notes.out`.
    var writePages: Bool
    /// Print `note → page (time)` lines (unless `--quiet`).
    var printsProgress = true

    /// Builds and returns the exit status.
    func run() -> Int32 {
        build().status
    }

    /// Builds; returns the result (`nil` if the build stopped) and the exit status.
    func build() -> (result: BuildResult?, status: Int32) {
        var options = WeaveOptions()
        options.output = notes.out
        options.writePages = writePages
        options.safe = notes.safe
        options.baseURL = notes.baseURL
        options.cache = notes.caching.buildCache
        options.shard = notes.shard
        let progress = printsProgress && !notes.quiet ? ProgressLine() : nil
        if let progress {
            options.progress = { note, done, total in progress.show(note, done: done, of: total) }
        }
        let created = writePages && !FileManager.default.fileExists(atPath: notes.out)
        defer { if created { OutputMarker.mark(notes.out) } }
        let result: BuildResult
        do {
            result = try Weaver.build(notes.paths, options: options)
            progress?.clear()
        } catch {
            progress?.clear()
            printError("\(error)")
            return (nil, Self.status(for: error))
        }
        for diagnostic in result.diagnostics {
            printError(notes.diagnostics == .github ? diagnostic.githubAnnotation : diagnostic.description)
        }
        if printsProgress && !notes.quiet {
            for page in result.pages {
                let time = String(format: "%.2f s", page.seconds) + (page.reused ? ", results from the cache" : "")
                let line = writePages ? "\(page.source) → \(notes.out)/\(page.output) (\(time))" : "\(page.source): checked (\(time))"
                if notes.jsonToStandardOutput { printError(line) } else { print(line) }
            }
        }
        if let json = notes.json, !writeReport(result.report, to: json) { return (result, 1) }
        if let junit = notes.junit, !write(Data(result.report.junit.utf8), to: junit, what: "JUnit report") { return (result, 1) }
        return (result, result.failed ? 1 : 0)
    }

    /// 2 for what is wrong with the command line (a path that does not exist or holds no notes,
    /// contradictory inputs), 1 for what went wrong building.
    static func status(for error: WeaveError) -> Int32 {
        switch error {
        case .missing, .noNotes, .usage: return 2
        case .unreadable, .invalidUTF8, .cannotWrite: return 1
        }
    }

    private func writeReport(_ report: Report, to destination: String) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report) else { return false }
        if destination == "-" {
            writeOut(data + Data("\n".utf8), to: STDOUT_FILENO)
            return true
        }
        return write(data, to: destination, what: "JSON report")
    }

    /// Writes a report file; says why on standard error when it cannot.
    private func write(_ data: Data, to destination: String, what: String) -> Bool {
        do {
            try data.write(to: URL(fileURLWithPath: destination), options: .atomic)
            return true
        } catch {
            printError("\(destination): error: cannot write the \(what): \(error.localizedDescription)")
            return false
        }
    }
}
