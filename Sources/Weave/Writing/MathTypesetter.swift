import Foundation

/// Turns TeX into HTML for the page. A build starts one session before its notes run and hands
/// each note's formulas to it as soon as the note is read, so typesetting overlaps with the
/// experiments.
public protocol MathTypesetter: Sendable {
    /// Starts a session (KaTeX: node processes loading KaTeX, started as they are needed).
    func start() -> any MathSession
    /// Markup for the page's `<head>` and end of `<body>` that the typeset output needs, given the
    /// relative path to the assets folder.
    func pageSupport(assets: String) -> (head: String, bodyEnd: String)
    /// What identifies this typesetter's output for the build cache (its version and settings),
    /// or `nil` if its output is not worth caching.
    var cacheIdentity: String? { get }
}

extension MathTypesetter {
    /// Not cached, unless a typesetter says otherwise.
    public var cacheIdentity: String? { nil }
}

/// A started typesetter. `typeset` may be called any number of times, from any thread; `finish`
/// ends the session once every call has returned.
public protocol MathSession: Sendable {
    /// HTML for each formula, or the TeX error message, in the order given.
    func typeset(_ formulas: [MathKey]) -> [Result<String, MathError>]
    /// Ends the session (KaTeX: closes the node processes and waits for them).
    func finish()
}

/// What identifies a typeset formula: its (KaTeX-ready) TeX and its style.
public struct MathKey: Hashable, Sendable {
    /// The TeX source.
    public var tex: String
    /// Display rather than inline style.
    public var display: Bool

    /// Creates a key.
    public init(tex: String, display: Bool) {
        self.tex = tex
        self.display = display
    }
}

/// A TeX error reported by the typesetter.
public struct MathError: Error, Hashable, Sendable {
    /// KaTeX's message.
    public var message: String
    /// Whether the typesetter failed rather than the formula (node could not run or stopped
    /// answering): another build may typeset the same formula, so the build cache does not keep it.
    public var typesetterFailed = false
}

/// Typesets with KaTeX under node at weave time: pages need no JavaScript, and TeX errors are
/// found before anyone opens the page.
public struct KaTeXTypesetter: MathTypesetter {
    /// The `node` executable.
    public var node: String
    /// KaTeX's `katex.min.js`.
    public var katex: String

    /// Finds node on `PATH` and Debian's KaTeX (`libjs-katex`), or `nil` if either is missing.
    public static func locate() -> KaTeXTypesetter? {
        let env = ProcessInfo.processInfo.environment
        let katex = env["WEAVE_KATEX_JS"] ?? "/usr/share/javascript/katex/katex.min.js"
        guard FileManager.default.fileExists(atPath: katex) else { return nil }
        let path = env["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/node"
            if FileManager.default.isExecutableFile(atPath: candidate) { return KaTeXTypesetter(node: candidate, katex: katex) }
        }
        return nil
    }

    /// Starts a session with up to one node process per two cores: the notes' experiments run on
    /// the other cores meanwhile, and each process costs KaTeX's start-up and warm-up again.
    public func start() -> any MathSession {
        KaTeXSession(node: node, katex: katex, limit: ProcessInfo.processInfo.activeProcessorCount / 2)
    }

    /// Reads one JSON request per line, `[{tex, display}]`, and answers each with one line,
    /// `[{html} | {error}]`. `\href` is trusted because equation references become links;
    /// nothing else is.
    static let script = #"""
        const katex = require(process.argv[1]);
        const render = ({ tex, display }) => {
          try {
            return { html: katex.renderToString(tex, {
              displayMode: display === "1", throwOnError: true, strict: "ignore", output: "htmlAndMathml",
              trust: (ctx) => ctx.command === "\\href" && ctx.url.startsWith("#"),
            }) };
          } catch (e) {
            return { error: String(e.message || e).replace(/^KaTeX parse error: /, "") };
          }
        };
        require("readline").createInterface({ input: process.stdin, crlfDelay: Infinity })
          .on("line", (line) => { process.stdout.write(JSON.stringify(JSON.parse(line).map(render)) + "\n"); });
        """#

    /// The digest of KaTeX's script and of weave's rendering script: a formula typeset with both
    /// unchanged is typeset the same.
    public var cacheIdentity: String? {
        guard let script = FileManager.default.contents(atPath: katex) else { return nil }
        var hash = SHA256()
        hash.update(script)
        hash.update(field: Self.script)
        return hash.hexDigest()
    }

    /// The KaTeX stylesheet (fonts come from the assets folder).
    public func pageSupport(assets: String) -> (head: String, bodyEnd: String) {
        ("<link rel=\"stylesheet\" href=\"\(assets)/katex/katex.min.css\">", "")
    }
}

/// KaTeX under node for one build: a pool of node processes, each rendering one request at a time.
/// A process is started when a request finds every running one busy (up to `limit`), so a note
/// that finishes while another note's formulas are being typeset does not wait; a large request is
/// split over several processes.
final class KaTeXSession: MathSession, @unchecked Sendable {
    private let node: String
    private let katex: String
    private let limit: Int
    /// Guards `idle` and `started`.
    private let condition = NSCondition()
    private var idle: [KaTeXProcess] = []
    private var started: [KaTeXProcess] = []

    /// Requests of at least this many formulas are split over several processes.
    private static let chunk = 200

    init(node: String, katex: String, limit: Int) {
        self.node = node
        self.katex = katex
        self.limit = max(1, limit)
        // A node process that dies must not take weave with it when weave writes to its pipe.
        signal(SIGPIPE, SIG_IGN)
        // No process is started before a note has a formula: a note without math never starts
        // node. The first note's formulas are handed over as soon as it is read (before it runs),
        // so KaTeX still loads while the note runs.
    }

    func typeset(_ formulas: [MathKey]) -> [Result<String, MathError>] {
        let parts = min(limit, (formulas.count + Self.chunk - 1) / Self.chunk)
        guard parts > 1 else { return formulas.isEmpty ? [] : withProcess { $0.typeset(formulas) } }
        let size = (formulas.count + parts - 1) / parts
        let results = LargeStack.map(parts) { [self] part in
            let slice = Array(formulas[part * size..<min(formulas.count, (part + 1) * size)])
            return withProcess { $0.typeset(slice) }
        }
        return results.flatMap { $0 }
    }

    func finish() {
        condition.lock()
        let all = started
        started = []
        idle = []
        condition.unlock()
        for process in all { process.close() }
    }

    /// Runs `body` with an idle process, starting one if all are busy and the limit allows.
    private func withProcess<T>(_ body: (KaTeXProcess) -> T) -> T {
        condition.lock()
        while idle.isEmpty && started.count >= limit { condition.wait() }
        let process: KaTeXProcess
        if let free = idle.popLast() {
            process = free
        } else {
            process = KaTeXProcess(node: node, katex: katex)
            started.append(process)
        }
        condition.unlock()
        defer {
            condition.lock()
            idle.append(process)
            condition.signal()
            condition.unlock()
        }
        return body(process)
    }
}

/// One node process running KaTeX, answering one JSON line per request line.
final class KaTeXProcess: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    /// Bytes read past the end of the last answer.
    private var pending: [UInt8] = []
    /// Why the process cannot typeset, once it cannot.
    private var failure: String?

    init(node: String, katex: String) {
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["-e", KaTeXTypesetter.script, katex]
        // KaTeX needs nothing from the environment, and the environment can cost: NODE_OPTIONS
        // could change how node runs, and NODE_EXTRA_CA_CERTS makes node parse a certificate
        // bundle at start-up (half its start-up time where it is set).
        process.environment = [:]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            failure = "could not run KaTeX under node: \(error)"
        }
    }

    /// Sends one request line and reads the answer line.
    func typeset(_ formulas: [MathKey]) -> [Result<String, MathError>] {
        let request = formulas.map { ["tex": $0.tex, "display": $0.display ? "1" : ""] }
        guard failure == nil, var line = try? JSONSerialization.data(withJSONObject: request) else { return failed(formulas) }
        line.append(UInt8(ascii: "\n"))
        guard (try? input.fileHandleForWriting.write(contentsOf: line)) != nil, let answer = readLine(),
            let answers = try? JSONSerialization.jsonObject(with: Data(answer)) as? [[String: String]],
            answers.count == formulas.count
        else {
            failure = failure ?? "KaTeX under node stopped answering"
            return failed(formulas)
        }
        return answers.map { answer in
            if let html = answer["html"] { return .success(html) }
            return .failure(MathError(message: answer["error"] ?? "unknown KaTeX error"))
        }
    }

    /// Closes the request pipe, which ends the process, and waits for it.
    func close() {
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.waitUntilExit() }
    }

    private func failed(_ formulas: [MathKey]) -> [Result<String, MathError>] {
        formulas.map { _ in .failure(MathError(message: failure ?? "KaTeX under node failed", typesetterFailed: true)) }
    }

    /// The next line of output without its newline, or `nil` at end of file.
    private func readLine() -> [UInt8]? {
        let descriptor = output.fileHandleForReading.fileDescriptor
        var searched = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let newline = pending[searched...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                return line
            }
            searched = pending.count
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            pending += buffer[..<count]
        }
    }
}

/// Leaves TeX in the page for KaTeX to typeset in the browser: used when node is not installed.
/// TeX errors then show only in the browser.
public struct ClientSideTypesetter: MathTypesetter {
    /// Creates the fallback typesetter.
    public init() {}

    /// A session that needs no set-up.
    public func start() -> any MathSession { ClientSideSession() }

    /// KaTeX's stylesheet and script, and a few lines that typeset every `span.tex`.
    public func pageSupport(assets: String) -> (head: String, bodyEnd: String) {
        (
            "<link rel=\"stylesheet\" href=\"\(assets)/katex/katex.min.css\">\n<script defer src=\"\(assets)/katex/katex.min.js\"></script>",
            """
            <script>
            addEventListener("DOMContentLoaded", () => {
              for (const el of document.querySelectorAll("span.tex")) {
                try { katex.render(el.textContent, el, { displayMode: el.dataset.display === "true", throwOnError: false, strict: "ignore", trust: (c) => c.command === "\\href" }); }
                catch (e) { el.title = String(e); }
              }
            });
            </script>
            """
        )
    }
}

/// The TeX, escaped, in a `span` that the page script renders.
struct ClientSideSession: MathSession {
    func typeset(_ formulas: [MathKey]) -> [Result<String, MathError>] {
        formulas.map { .success("<span class=\"tex\" data-display=\"\($0.display)\">\(HTML.escape($0.tex))</span>") }
    }

    func finish() {}
}
