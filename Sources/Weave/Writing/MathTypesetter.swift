import Foundation

/// Turns TeX into HTML for the page. Formulas are typeset in a few batches per build (one per
/// core), so a course with hundreds of formulas starts a few renderers, not hundreds; the batches
/// are started before the notes run, so a renderer's start-up overlaps with the experiments.
public protocol MathTypesetter: Sendable {
    /// Starts `count` batches (KaTeX: `count` node processes loading KaTeX).
    func start(batches count: Int) -> [any MathBatch]
    /// Markup for the page's `<head>` and end of `<body>` that the typeset output needs, given the
    /// relative path to the assets folder.
    func pageSupport(assets: String) -> (head: String, bodyEnd: String)
}

/// One started batch of a typesetter. `typeset` is called exactly once (with an empty list if
/// there is nothing to typeset, which ends the batch).
public protocol MathBatch: Sendable {
    /// HTML for each formula, or the TeX error message, in the order given.
    func typeset(_ formulas: [MathKey]) -> [Result<String, MathError>]
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

    /// Starts `count` node processes, each loading KaTeX and then waiting for its formulas.
    public func start(batches count: Int) -> [any MathBatch] {
        (0..<count).map { _ in KaTeXBatch(node: node, katex: katex) }
    }

    /// Reads `[{tex, display}]` as JSON on stdin, writes `[{html} | {error}]`. `\href` is trusted
    /// because equation references become links; nothing else is.
    static let script = #"""
        const katex = require(process.argv[1]);
        let input = "";
        process.stdin.setEncoding("utf8");
        process.stdin.on("data", (d) => { input += d; });
        process.stdin.on("end", () => {
          const out = JSON.parse(input).map(({ tex, display }) => {
            try {
              return { html: katex.renderToString(tex, {
                displayMode: display === "1", throwOnError: true, strict: "ignore", output: "htmlAndMathml",
                trust: (ctx) => ctx.command === "\\href" && ctx.url.startsWith("#"),
              }) };
            } catch (e) {
              return { error: String(e.message || e).replace(/^KaTeX parse error: /, "") };
            }
          });
          process.stdout.write(JSON.stringify(out));
        });
        """#

    /// The KaTeX stylesheet (fonts come from the assets folder).
    public func pageSupport(assets: String) -> (head: String, bodyEnd: String) {
        ("<link rel=\"stylesheet\" href=\"\(assets)/katex/katex.min.css\">", "")
    }
}

/// One node process running KaTeX: started at once, fed its formulas as JSON on standard input.
final class KaTeXBatch: MathBatch, @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    /// Why the process could not be started, if it could not.
    private let failure: String?

    init(node: String, katex: String) {
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["-e", KaTeXTypesetter.script, katex]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            failure = nil
        } catch {
            failure = "could not run KaTeX under node: \(error)"
        }
    }

    /// Sends the formulas, closes the input and reads every answer.
    func typeset(_ formulas: [MathKey]) -> [Result<String, MathError>] {
        if let failure { return formulas.map { _ in .failure(MathError(message: failure)) } }
        let request = formulas.map { ["tex": $0.tex, "display": $0.display ? "1" : ""] }
        let data = (try? JSONSerialization.data(withJSONObject: request)) ?? Data("[]".utf8)
        let writer = Thread { [input] in
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let answer = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let answers = try? JSONSerialization.jsonObject(with: answer) as? [[String: String]], answers.count == formulas.count
        else {
            return formulas.map { _ in .failure(MathError(message: "KaTeX under node failed (status \(process.terminationStatus))")) }
        }
        return answers.map { answer in
            if let html = answer["html"] { return .success(html) }
            return .failure(MathError(message: answer["error"] ?? "unknown KaTeX error"))
        }
    }
}

/// Leaves TeX in the page for KaTeX to typeset in the browser: used when node is not installed.
/// TeX errors then show only in the browser.
public struct ClientSideTypesetter: MathTypesetter {
    /// Creates the fallback typesetter.
    public init() {}

    /// Batches that need no set-up.
    public func start(batches count: Int) -> [any MathBatch] {
        Array(repeating: ClientSideBatch(), count: count)
    }

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
struct ClientSideBatch: MathBatch {
    func typeset(_ formulas: [MathKey]) -> [Result<String, MathError>] {
        formulas.map { .success("<span class=\"tex\" data-display=\"\($0.display)\">\(HTML.escape($0.tex))</span>") }
    }
}
