import ArgumentParser
import Foundation
import Weave

/// `weave`: turns Markdown course notes into HTML pages, running their experiments. `build` is the
/// default subcommand, so `weave notes/sgd.md` builds.
@main
struct WeaveCommand: ParsableCommand {
    /// weave's version, printed by `weave --version`; it changes with each release tag.
    static let version = "0.9.0"

    static let configuration = CommandConfiguration(
        commandName: "weave",
        abstract: "Weave Markdown course notes into HTML pages, running their Swift experiments.",
        discussion: """
            A file argument builds one page (notes/sgd.md → site/sgd.html); a folder builds every .md \
            below it into a site with an index page. Diagnostics go to standard error as \
            path:line:col: error|warning: message.

            Exit status: 0 success; 1 a note has an error or a failed check, or an output could not \
            be written; 2 a usage error (unknown option, contradictory options, a path that does not \
            exist, a folder without notes, a folder `weave clean` did not make).
            """,
        version: "weave \(version)",
        subcommands: [Build.self, Check.self, Preview.self, Clean.self],
        defaultSubcommand: Build.self)

    /// Parses arguments and runs the subcommand. Help and `--version` print to standard output and
    /// exit 0; usage errors print to standard error and exit 2 (not ArgumentParser's 64).
    static func main() {
        ProcessMemory.growHeapsInLargeSteps()
        Weaver.removeTemporaryFilesOnInterrupt()
        let status: Int32
        do {
            var command = try parseAsRoot()
            if let subcommand = command as? any WeaveSubcommand {
                status = subcommand.execute()
            } else {
                // `weave help build`: ArgumentParser's help command, which throws the help request.
                try command.run()
                status = 0
            }
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                status = 0
            } else {
                printError(fullMessage(for: error))
                status = 2
            }
        }
        Foundation.exit(status)
    }
}

/// A subcommand that runs and returns weave's exit status (0, 1 or 2) instead of throwing.
protocol WeaveSubcommand: ParsableCommand {
    /// Does the work and returns the exit status.
    func execute() -> Int32
}

/// Writes one line to standard error.
func printError(_ line: String) {
    writeOut(Data((line + "\n").utf8), to: STDERR_FILENO)
}

/// Writes `data` to the file descriptor `fd` (standard output or error). A reader that has gone
/// away (`weave … | head`) ends the writing quietly: FileHandle's `write` would stop the process
/// instead, since weave ignores SIGPIPE while KaTeX runs.
func writeOut(_ data: Data, to fd: Int32) {
    data.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
            let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            offset += n
        }
    }
}
