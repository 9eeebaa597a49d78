import FlyingFox
import Foundation
import Weave

/// What `weave preview` serves and how.
public struct PreviewOptions: Sendable {
    /// Notes or folders of notes, as for a build.
    public var paths: [String]
    /// The build's options (output folder, cache); pages are written there as by `weave build`.
    public var build: WeaveOptions
    /// The address to listen on: the loopback interface, so only this machine sees the preview.
    public var host = "127.0.0.1"
    /// The port; 0 takes any free one.
    public var port: UInt16 = 8000

    /// Options for previewing `paths`.
    public init(paths: [String], build: WeaveOptions) {
        self.paths = paths
        self.build = build
    }
}

/// `weave preview`: builds the notes, serves the site on a local port, and rebuilds whenever a note
/// changes. Open pages are told over a WebSocket, and a page whose HTML changed is sent the change
/// (a ``PageSplice`` where it can be, else the whole page) and updates itself in place, keeping its
/// scroll position; a build's errors are printed and shown over the page. Pages are served from
/// memory, with the build they belong to; the pages on disk are exactly those `weave build`
/// writes: the live-reload script is added only as pages are served.
///
/// A rebuild after an edit reruns only what the edit touched: experiment results and typeset
/// formulas come from the build cache (``WeaveOptions/cache``) for every note whose code did not
/// change.
public final class PreviewServer: Sendable {
    private let options: PreviewOptions
    private let live = LiveReload()
    private let print: @Sendable (String) -> Void

    /// A preview with `options`, printing its messages with `print`.
    public init(options: PreviewOptions, print: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.print = print
    }

    /// Builds, starts listening, calls `listening` with the site's URL, then serves and rebuilds
    /// until the task is cancelled. Throws if the first build stops (a missing path) or the port
    /// cannot be bound.
    public func run(listening: @escaping @Sendable (URL) -> Void) async throws {
        var none: [String: PageVersion] = [:]
        let first = try build(previous: [:], versions: &none)
        live.publish(first.status, pages: first.pages)
        let server = HTTPServer(address: try .inet(ip4: options.host, port: options.port), logger: .disabled)
        await server.appendRoute("GET /__weave/live") { [live] request in
            // The page says which page it shows, to be sent that page's changes.
            let handler = MessageFrameWSHandler(handler: live.handler(page: request.query["page"]))
            return try await WebSocketHTTPHandler(handler: handler).handleRequest(request)
        }
        await server.appendRoute("GET /__weave/preview.js") { _ in
            HTTPResponse(statusCode: .ok, headers: Self.fresh("text/javascript; charset=utf-8"), body: Data(LiveReload.script.utf8))
        }
        await server.appendRoute("GET /__weave/status") { [live] _ in
            HTTPResponse(statusCode: .ok, headers: Self.fresh("application/json"), body: Data(live.status.json.utf8))
        }
        let files = SiteFiles(root: options.build.output)
        await server.appendRoute("GET /*") { [live] request in
            // Pages come from memory, with the build they belong to.
            let site = live.site
            let tag = "<script src=\"/__weave/preview.js\" data-generation=\"\(site.generation)\"></script>"
            switch files.answer(request.path, inject: tag, pages: site.pages) {
            case .file(let data, let type):
                return HTTPResponse(statusCode: .ok, headers: Self.headers(type, for: request.path), body: data)
            case .redirect(let location):
                return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location]))
            case .missing where request.path == "/favicon.ico":
                // Browsers ask for it unprompted; a site without one is not an error worth a 404.
                return HTTPResponse(statusCode: .noContent)
            case .missing(let page):
                return HTTPResponse(
                    statusCode: .notFound, headers: Self.fresh("text/html; charset=utf-8"),
                    body: page ?? Data("<!doctype html><title>Not found</title><p>Not found.</p>\(tag)".utf8))
            }
        }
        let serving = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(let host, let port)? = await server.listeningAddress else {
            serving.cancel()
            throw PreviewError.notListening
        }
        listening(URL(string: "http://\(host):\(port)/")!)
        let watcher = Thread { [self] in watch() }
        watcher.stackSize = 1 << 20
        watcher.start()
        try await serving.value
    }

    /// The CPU seconds this process and its ended children (the experiment workers of a build)
    /// have used, from `/proc/self/stat`; `nil` where there is none. A build's share, unlike its
    /// duration, does not depend on what else the machine runs.
    private static func cpuSeconds() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8), let name = stat.lastIndex(of: ")") else { return nil }
        // Fields from the state (the third) on: utime, stime, cutime and cstime are the 14th to 17th.
        let fields = stat[stat.index(after: name)...].split(separator: " ")
        guard fields.count > 14 else { return nil }
        return fields[11...14].compactMap { Double($0) }.reduce(0, +) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Headers for content of `type` that the browser must not keep: every load shows the latest build.
    private static func fresh(_ type: String) -> HTTPHeaders {
        HTTPHeaders([.contentType: type, .cacheControl: "no-store"])
    }

    /// Headers for the file at `path`: pages and the search index change with the notes and are
    /// never kept; the other assets (stylesheets, KaTeX's fonts) change only with weave, so a
    /// reload after an edit does not fetch them again.
    static func headers(_ type: String, for path: String) -> HTTPHeaders {
        guard path.hasPrefix("/assets/"), !path.hasPrefix("/assets/search-index") else { return fresh(type) }
        return HTTPHeaders([.contentType: type, .cacheControl: "max-age=3600"])
    }

    /// Why the preview could not start.
    public enum PreviewError: Error, CustomStringConvertible {
        /// The server did not report the address it listens on.
        case notListening

        public var description: String { "the preview server did not start listening" }
    }

    /// Rebuilds after every change to the notes, forever, publishing each build's status and
    /// sending each open page its changes. Between builds a spare experiment worker waits, started
    /// from this thread (which lives as long as the preview), so a code edit's run does not wait for
    /// a process to start.
    private func watch() {
        let watcher = NoteWatcher(paths: options.paths, excluding: [options.build.output] + [options.build.cache?.folder].compactMap { $0 })
        // The last version of each open page, outlined when it was made.
        var versions: [String: PageVersion] = [:]
        while true {
            Weaver.startSpareWorker()
            let change = watcher.waitForChange()
            let changed = change.paths
            print("changed: " + changed.prefix(3).joined(separator: ", ") + (changed.count > 3 ? " and \(changed.count - 3) more" : ""))
            do {
                let build = try build(previous: live.site.pages, versions: &versions, noticed: change.settle)
                live.publish(build.status, pages: build.pages, updates: build.updates)
            } catch {
                print("\(error)")
                var status = live.status
                status.generation += 1
                status.changed = []
                status.errors = ["\(error)"]
                live.publish(status)
            }
        }
    }

    /// One build: pages written, diagnostics printed, the status that tells open pages, and the
    /// updates for the changed pages that are open (from `versions`, the last version of each open
    /// page, which it keeps up to date). Its line in the log gives the time it took, and, for a
    /// rebuild, how long the watcher let the save settle (`noticed`, seconds) and how long making
    /// the updates took.
    private func build(previous: [String: String], versions: inout [String: PageVersion], noticed: Double = 0) throws
        -> (pages: [String: String], status: BuildStatus, updates: [String: PageUpdate])
    {
        var clock = DispatchTime.now()
        func lap() -> Double {
            let now = DispatchTime.now()
            defer { clock = now }
            return Double(now.uptimeNanoseconds - clock.uptimeNanoseconds) / 1e9
        }
        let cpu = Self.cpuSeconds()
        let result = try Weaver.build(options.paths, options: options.build)
        let seconds = lap()
        let cpuUsed = Self.cpuSeconds().flatMap { end in cpu.map { end - $0 } }
        for diagnostic in result.diagnostics { print(diagnostic.description) }
        let pages = Dictionary(result.pages.map { ($0.output, $0.html) }) { first, _ in first }
        let changed = pages.keys.filter { previous[$0] != pages[$0] }.sorted()
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
        let warnings = result.diagnostics.filter { $0.severity == .warning }.map(\.description)
        let generation = live.status.generation + 1
        let shown = live.pagesShown
        var updates: [String: PageUpdate] = [:]
        for page in changed {
            let old = versions.removeValue(forKey: page) ?? previous[page].map(PageVersion.init)
            guard shown.contains(page), let old, let new = pages[page].map(PageVersion.init) else { continue }
            updates[page] = PageUpdate(base: generation - 1, from: old, to: new)
            versions[page] = new
        }
        let updating = lap()
        let sent = updates.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.splice == nil ? "whole" : "spliced"), \($0.value.size / 1000) kB" }
        print(
            String(format: "built in %.2f s", seconds) + (cpuUsed.map { String(format: " (%.2f s of CPU)", $0) } ?? "") + ": "
                + (previous.isEmpty ? "\(pages.count) pages" : changed.isEmpty ? "no page changed" : "\(changed.joined(separator: ", ")) changed")
                + (errors.isEmpty ? "" : ", \(errors.count) error\(errors.count == 1 ? "" : "s")")
                + (previous.isEmpty ? "" : String(format: " (settled %.0f ms; updates %.0f ms", noticed * 1000, updating * 1000) + (sent.isEmpty ? ")" : ": " + sent.joined(separator: "; ") + ")")))
        return (pages, BuildStatus(generation: generation, changed: changed, errors: errors, warnings: warnings), updates)
    }
}
