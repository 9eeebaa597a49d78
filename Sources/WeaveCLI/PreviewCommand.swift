import ArgumentParser
import Foundation
import Preview
import Weave

/// `weave preview`: the author's loop — a local server that rebuilds as notes are saved and
/// reloads the open pages.
struct Preview: WeaveSubcommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the notes on a local port, rebuild on every save and reload the open pages.",
        discussion: """
            Pages are built into the output folder as by `weave build`; experiments whose code did not \
            change are not run again (the build cache). Errors are printed here and shown over the \
            page. The server listens on 127.0.0.1 only. Ctrl-C stops it.
            """)

    @Argument(help: "Notes (.md files) or folders of notes.")
    var paths: [String]

    @Option(name: .long, help: "The output folder.")
    var out: String = "site"

    @OptionGroup var caching: CacheOptions

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port: UInt16 = 8000

    @Flag(name: .long, help: "Open the site in the desktop's browser (xdg-open).")
    var open = false

    @Flag(name: .long, help: "Drop raw HTML and unsafe links from the notes.")
    var safe = false

    func execute() -> Int32 {
        var build = WeaveOptions()
        build.output = out
        build.safe = safe
        build.cache = caching.buildCache
        var options = PreviewOptions(paths: paths, build: build)
        options.port = port
        let server = PreviewServer(options: options) { line in printError(line) }
        let opens = open
        let created = !FileManager.default.fileExists(atPath: out)
        Task {
            do {
                try await server.run { url in
                    if created { OutputMarker.mark(out) }
                    writeOut(Data("weave preview: serving \(url.absoluteString) (Ctrl-C stops)\n".utf8), to: STDOUT_FILENO)
                    if opens { openInBrowser(url) }
                }
            } catch let error as WeaveError {
                printError("\(error)")
                Foundation.exit(NoteBuild.status(for: error))
            } catch {
                printError("error: weave preview: \(error)")
                Foundation.exit(1)
            }
            Foundation.exit(0)
        }
        dispatchMain()
    }

    private func openInBrowser(_ url: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        if (try? process.run()) == nil { printError("weave preview: cannot open a browser (xdg-open); open \(url.absoluteString)") }
    }
}
