/// Finds TeX math in Markdown source and replaces it with placeholder tokens that CommonMark leaves
/// alone, so that `_`, `*`, `\\` and `|` inside formulas reach KaTeX exactly as written.
///
/// Recognised: `$…$`, `$$…$$`, `\(…\)`, `\[…\]` and bare `\begin{env}…\end{env}` for the
/// environments in ``MathProtector/environments``. Not math: anything in fenced code or code spans
/// (code spans take precedence, as in CommonMark: a delimiter inside one neither opens nor closes a
/// formula, and no formula runs into one), `\$`, and currency by pandoc's rule — an opening `$`
/// must not be followed by white space, and a closing `$` must not be preceded by white space nor
/// followed by a digit — where the first unescaped `$` after an opening one decides, so a formula
/// never contains one. No formula crosses a blank line.
///
/// Line structure is preserved: a formula over several lines becomes its token on the first line
/// and a continuation marker on each further line, so CommonMark's line numbers stay those of the
/// file. `\|` becomes a pipe-escape marker that the table pass understands.
///
/// On the way it records where each reference command and citation of the prose stands
/// (``ReferenceSite``), since the inlines CommonMark gives back carry no positions.
struct MathProtector {
    /// Placeholder syntax: `tokenOpen` + index + `tokenClose`.
    static let tokenOpen: Unicode.Scalar = "\u{E000}"
    /// Closes a placeholder token.
    static let tokenClose: Unicode.Scalar = "\u{E001}"
    /// Stands on each further line of a multi-line formula.
    static let continuation: Unicode.Scalar = "\u{E002}"
    /// Stands for `\|` (a literal pipe in a table cell).
    static let escapedPipe: Unicode.Scalar = "\u{E003}"

    /// Bare LaTeX environments treated as display math.
    static let environments: Set<String> = [
        "equation", "equation*", "align", "align*", "gather", "gather*", "multline", "multline*",
        "eqnarray", "eqnarray*", "alignat", "alignat*", "flalign", "flalign*",
    ]

    /// A protected formula: its math and where its source lies.
    struct Span {
        var math: Math
        /// The formula's bytes in the source, delimiters included.
        var source: Range<Int>
        /// How many block-quote markers open its first line (and so its further lines, whose
        /// markers are not part of the formula).
        var quoteDepth: Int
    }

    /// The source with math replaced, the formulas in token order, and warnings.
    struct Output {
        var markdown: String
        var spans: [Span]
        var warnings: [(SourceLocation, String)]
        /// The references and citations outside math and code, in source order.
        var sites: [ReferenceSite]
        /// Whether any `\|` was replaced (then the table pass restores pipes).
        var escapedPipes: Bool
        /// The source's bytes, which the spans point into.
        var source: [UInt8]
    }

    /// The source of `span`'s formula as written, one piece per line, without the block-quote
    /// markers of its further lines: what a placeholder stands for where math is not math (in
    /// code or raw HTML). Built only when asked for, which is rare.
    static func originalLines(of span: Span, in source: [UInt8]) -> [String] {
        let raw = String(decoding: source[span.source], as: UTF8.self)
        guard raw.containsUTF8(UInt8(ascii: "\n")) else { return [raw] }
        return raw.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { n, piece in
            n == 0 ? String(piece) : String(splitQuotePrefix(piece, depth: span.quoteDepth).1)
        }
    }

    /// The source's bytes, read through a pointer: the scanner's mutating steps would otherwise
    /// retain and release the array at every call.
    private let b: UnsafeBufferPointer<UInt8>
    private var out: [UInt8] = []
    private var spans: [Span] = []
    private var warnings: [(SourceLocation, String)] = []
    private var sites: [ReferenceSite] = []
    private var escapedPipes = false
    /// The last answer of each look-ahead (see ``Lookahead``).
    private var blankLookahead = Lookahead()

    /// Protects the math in `source`.
    static func protect(_ source: String) -> Output {
        var bytes = Array(source.utf8)
        let reserved = replaceReservedCharacters(&bytes)
        return bytes.withUnsafeBufferPointer { buffer in
            var p = MathProtector(bytes: buffer)
            p.run()
            return Output(
                markdown: String(decoding: p.out, as: UTF8.self), spans: p.spans, warnings: reserved + p.warnings, sites: p.sites,
                escapedPipes: p.escapedPipes,
                source: bytes)
        }
    }

    /// Replaces every character of the note that weave reserves for its markers (U+E000–U+E003,
    /// private-use characters with no meaning of their own) with U+FFFD, which has as many bytes of
    /// UTF-8, so that no marker can be forged; each gets a warning at its place.
    private static func replaceReservedCharacters(_ bytes: inout [UInt8]) -> [(SourceLocation, String)] {
        guard bytes.contains(0xEE) else { return [] }
        var warnings: [(SourceLocation, String)] = []
        var (line, lineStart) = (1, 0)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\n") {
                (line, lineStart) = (line + 1, i + 1)
            } else if bytes[i] == 0xEE, i + 2 < bytes.count, bytes[i + 1] == 0x80, (0x80...0x83).contains(bytes[i + 2]) {
                let column = 1 + bytes[lineStart..<i].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
                let code = String(0xE000 + Int(bytes[i + 2] - 0x80), radix: 16, uppercase: true)
                warnings.append(
                    (SourceLocation(line: line, column: column), "the private-use character U+\(code) is reserved by weave; shown as U+FFFD"))
                bytes.replaceSubrange(i..<i + 3, with: [0xEF, 0xBF, 0xBD])
                i += 2
            }
            i += 1
        }
        return warnings
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        b = bytes
        // Tokens are longer than the shortest formulas (`$x$`): room for some growth.
        out.reserveCapacity(bytes.count + bytes.count / 4)
    }

    // MARK: Look-ahead

    /// A forward search and its answer. Every position from `from` up to `at` has the same answer
    /// (nothing the search looks for lies between them), and the scanner asks from positions that
    /// only move forward, so each search picks up where the last answer ends and scanning stays
    /// linear however many delimiters are left open.
    private struct Lookahead {
        var from = 0
        var at = -1

        /// The kept answer if it holds for `i`, given whether `at` itself may be the answer for `i`.
        func answer(for i: Int, inclusive: Bool) -> Int? {
            from <= i && (i < at || (inclusive && i == at)) ? at : nil
        }
    }

    /// The byte offset of the first blank line (spaces, tabs and carriage returns only, ended by
    /// a newline) that starts after `i`, or `b.count`.
    private mutating func nextBlank(after i: Int) -> Int {
        if let at = blankLookahead.answer(for: i, inclusive: b.count == blankLookahead.at) { return at }
        var j = i
        var found = b.count
        while j < b.count {
            guard b[j] == UInt8(ascii: "\n") else {
                j += 1
                continue
            }
            var k = j + 1
            while k < b.count && (b[k] == UInt8(ascii: " ") || b[k] == UInt8(ascii: "\t") || b[k] == UInt8(ascii: "\r")) { k += 1 }
            if k < b.count && b[k] == UInt8(ascii: "\n") {
                found = j + 1
                break
            }
            j = k
        }
        blankLookahead = Lookahead(from: i, at: found)
        return found
    }

    // MARK: Scanning

    private var line = 1
    private var lineStart = 0
    private var fence: (char: UInt8, length: Int)?

    private mutating func run() {
        var i = 0
        var atLineStart = true
        while i < b.count {
            if atLineStart {
                atLineStart = false
                if handleFence(at: i) {
                    i = copyLine(from: i)
                    atLineStart = true
                    continue
                }
            }
            let c = b[i]
            switch c {
            case UInt8(ascii: "\n"):
                out.append(c)
                i += 1
                newLine(at: i)
                atLineStart = true
            case UInt8(ascii: "\\"):
                i = backslash(at: i)
            case UInt8(ascii: "`"):
                i = codeSpan(at: i)
            case UInt8(ascii: "$"):
                i = dollar(at: i)
            case UInt8(ascii: "["):
                if i + 1 < b.count, b[i + 1] == UInt8(ascii: "@") { recordSite(at: i, command: "@", argumentStart: i + 1, close: UInt8(ascii: "]")) }
                out.append(c)
                i += 1
            default:
                // Copy the run of ordinary bytes up to the next one that needs a look.
                var j = i + 1
                while j < b.count && !Self.needsLook(b[j]) { j += 1 }
                out.append(contentsOf: b[i..<j])
                i = j
            }
        }
    }

    /// The bytes the scanner stops at: line ends, backslashes, backticks, dollars and brackets.
    private static func needsLook(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "\n") || c == UInt8(ascii: "\\") || c == UInt8(ascii: "`") || c == UInt8(ascii: "$") || c == UInt8(ascii: "[")
    }

    /// The commands whose place is recorded.
    private static let siteCommands: [[UInt8]] = ["ref", "eqref", "cref", "cite"].map { Array($0.utf8) }

    /// Records a site starting at `i` whose argument runs from `argumentStart` to `close` on
    /// the same line; nothing when it is not closed there.
    private mutating func recordSite(at i: Int, command: String, argumentStart: Int, close: UInt8) {
        var j = argumentStart
        while j < b.count, b[j] != close, b[j] != UInt8(ascii: "\n") { j += 1 }
        guard j < b.count, b[j] == close else { return }
        let argument = String(decoding: b[argumentStart..<j], as: UTF8.self)
        sites.append(ReferenceSite(command: command, argument: argument, location: location(of: i)))
    }

    private mutating func newLine(at i: Int) {
        line += 1
        lineStart = i
    }

    /// Copies the rest of the line (with its newline) verbatim; returns the next line's start.
    private mutating func copyLine(from i: Int) -> Int {
        var j = i
        while j < b.count && b[j] != UInt8(ascii: "\n") { j += 1 }
        if j < b.count { j += 1 }
        out.append(contentsOf: b[i..<j])
        newLine(at: j)
        return j
    }

    /// Tracks fenced code blocks; returns whether the line at `i` belongs to one (including fences).
    private mutating func handleFence(at i: Int) -> Bool {
        var j = i
        // Container prefixes: block-quote markers, indentation and one list marker.
        while j < b.count && (b[j] == UInt8(ascii: " ") || b[j] == UInt8(ascii: ">")) { j += 1 }
        if j < b.count, b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: "*") || b[j] == UInt8(ascii: "+"),
            j + 1 < b.count, b[j + 1] == UInt8(ascii: " ")
        {
            j += 2
        } else {
            var k = j
            while k < b.count && isDigit(b[k]) { k += 1 }
            if k > j, k + 1 < b.count, b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: ")"), b[k + 1] == UInt8(ascii: " ") {
                j = k + 2
            }
        }
        while j < b.count && b[j] == UInt8(ascii: " ") { j += 1 }
        var k = j
        let ch: UInt8 = j < b.count ? b[j] : 0
        if ch == UInt8(ascii: "`") || ch == UInt8(ascii: "~") {
            while k < b.count && b[k] == ch { k += 1 }
        }
        let run = k - j
        if let open = fence {
            if run >= open.length && ch == open.char {
                var e = k
                while e < b.count && (b[e] == UInt8(ascii: " ") || b[e] == UInt8(ascii: "\t") || b[e] == UInt8(ascii: "\r")) { e += 1 }
                if e == b.count || b[e] == UInt8(ascii: "\n") { fence = nil }
            }
            return true
        }
        if run >= 3 {
            // A backtick fence's info string may not contain backticks.
            if ch == UInt8(ascii: "`") {
                var e = k
                while e < b.count && b[e] != UInt8(ascii: "\n") {
                    if b[e] == UInt8(ascii: "`") { return false }
                    e += 1
                }
            }
            fence = (ch, run)
            return true
        }
        return false
    }

    private mutating func backslash(at i: Int) -> Int {
        let next: UInt8 = i + 1 < b.count ? b[i + 1] : 0
        switch next {
        case UInt8(ascii: "("):
            if let end = find([UInt8(ascii: "\\"), UInt8(ascii: ")")], from: i + 2) {
                return emit(from: i, contentStart: i + 2, contentEnd: end, to: end + 2, display: false, env: nil)
            }
        case UInt8(ascii: "["):
            if let end = find([UInt8(ascii: "\\"), UInt8(ascii: "]")], from: i + 2) {
                return emit(from: i, contentStart: i + 2, contentEnd: end, to: end + 2, display: true, env: nil)
            }
        case UInt8(ascii: "b"):
            if let env = environment(at: i) {
                let closing = Array("\\end{\(env)}".utf8)
                if let end = find(closing, from: i + 1) {
                    // The environment is part of the TeX (KaTeX typesets it), so keep the delimiters.
                    return emit(from: i, contentStart: i, contentEnd: end + closing.count, to: end + closing.count, display: true, env: env)
                }
                warn(at: i, "unterminated \\begin{\(env)}; it is shown as text")
            }
        case UInt8(ascii: "|"):
            escapedPipes = true
            append(Self.escapedPipe)
            return i + 2
        case UInt8(ascii: "\n"), 0:
            out.append(b[i])
            return i + 1
        default:
            for name in Self.siteCommands where i + name.count + 1 < b.count && b[(i + 1)...].starts(with: name) && b[i + 1 + name.count] == UInt8(ascii: "{") {
                recordSite(at: i, command: String(decoding: name, as: UTF8.self), argumentStart: i + name.count + 2, close: UInt8(ascii: "}"))
            }
        }
        out.append(b[i])
        out.append(next)
        return i + 2
    }

    /// The environment name if `\begin{name}` with a math environment starts at `i`.
    private func environment(at i: Int) -> String? {
        let begin = Array("\\begin{".utf8)
        guard i + begin.count < b.count, Array(b[i..<(i + begin.count)]) == begin else { return nil }
        var j = i + begin.count
        let start = j
        while j < b.count && b[j] != UInt8(ascii: "}") && j - start < 20 { j += 1 }
        guard j < b.count, b[j] == UInt8(ascii: "}") else { return nil }
        let name = String(decoding: b[start..<j], as: UTF8.self)
        return Self.environments.contains(name) ? name : nil
    }

    /// Per backtick-run length: where a search from `from` found the next run of that length.
    private var runSearches: [Int: (from: Int, at: Int)] = [:]

    /// The backtick run starting at `i`: where it ends, and where the code span it opens ends (past
    /// its closing run), or `nil` when no run of the same length closes it before the next blank
    /// line and the run is literal text.
    private mutating func backtickRun(at i: Int) -> (runEnd: Int, spanEnd: Int?) {
        var j = i
        while j < b.count && b[j] == UInt8(ascii: "`") { j += 1 }
        let length = j - i
        let at: Int
        if let cached = runSearches[length], cached.from <= j, j <= cached.at {
            at = cached.at
        } else {
            var k = j
            var found = b.count
            while k < b.count {
                guard b[k] == UInt8(ascii: "`") else {
                    k += 1
                    continue
                }
                var e = k
                while e < b.count && b[e] == UInt8(ascii: "`") { e += 1 }
                if e - k == length {
                    found = k
                    break
                }
                k = e
            }
            at = found
            runSearches[length] = (j, at)
        }
        return (j, at < nextBlank(after: i) && at < b.count ? at + length : nil)
    }

    /// Copies a code span (or a lone backtick run) verbatim.
    private mutating func codeSpan(at i: Int) -> Int {
        let run = backtickRun(at: i)
        if let end = run.spanEnd {
            copyTracking(i, end)
            return end
        }
        out.append(contentsOf: b[i..<run.runEnd])
        return run.runEnd
    }

    private mutating func dollar(at i: Int) -> Int {
        if i + 1 < b.count && b[i + 1] == UInt8(ascii: "$") {
            if let end = find(Self.doubleDollar, from: i + 2) {
                return emit(from: i, contentStart: i + 2, contentEnd: end, to: end + 2, display: true, env: nil)
            }
            warn(at: i, "unterminated $$ display math; it is shown as text")
            out.append(contentsOf: [b[i], b[i + 1]])
            return i + 2
        }
        // Pandoc's rule, with the first `$` after the opening one deciding: a formula never
        // contains an unescaped `$`, so in `costs $5, and $x$` the currency does not swallow `$x`.
        if i + 1 < b.count && !isSpace(b[i + 1]), let end = find(Self.dollar, from: i + 1), !isSpace(b[end - 1]),
            !(end + 1 < b.count && isDigit(b[end + 1]))
        {
            return emit(from: i, contentStart: i + 1, contentEnd: end, to: end + 1, display: false, env: nil)
        }
        out.append(b[i])
        return i + 1
    }

    private static let dollar = [UInt8(ascii: "$")]
    private static let doubleDollar = [UInt8(ascii: "$"), UInt8(ascii: "$")]

    /// Per needle: a search started at `from` stopped at `at` (`b.count` for none). Every start in
    /// between stops there too, so later searches reuse it and scanning stays linear however many
    /// delimiters are left open.
    private var searches: [[UInt8]: (from: Int, at: Int)] = [:]

    /// The offset of the closing delimiter `needle` at or after `from`, before the next blank line.
    ///
    /// The search reads the source as CommonMark does: a backslash escapes the next byte (`\$`
    /// closes nothing, while in `\\$` the `$` may close), and code spans take precedence over math
    /// (CommonMark gives them precedence over every inline construct but HTML and autolinks): a
    /// delimiter inside a code span closes nothing, and a formula never runs into a code span. The
    /// search stops at the first code span, and finds nothing there.
    private mutating func find(_ needle: [UInt8], from: Int) -> Int? {
        let limit = nextBlank(after: min(from, b.count))
        let at: Int
        if let cached = searches[needle], cached.from <= from, from <= cached.at {
            at = cached.at
        } else {
            var j = from
            search: while j + needle.count <= b.count {
                if b[j] == needle[0] && b[j..<(j + needle.count)].elementsEqual(needle) { break }
                switch b[j] {
                case UInt8(ascii: "\\"):
                    j += 2
                case UInt8(ascii: "`"):
                    let run = backtickRun(at: j)
                    if run.spanEnd != nil { break search }
                    j = run.runEnd
                default:
                    j += 1
                }
            }
            at = min(j, b.count)
            searches[needle] = (from, at)
        }
        guard at + needle.count <= min(limit, b.count), b[at..<(at + needle.count)].elementsEqual(needle) else { return nil }
        return at
    }

    /// Records a formula spanning `start..<end` and writes its token and continuation markers.
    private mutating func emit(from start: Int, contentStart: Int, contentEnd: Int, to end: Int, display: Bool, env: String?) -> Int {
        let location = self.location(of: start)
        let quoteDepth = self.quoteDepth()
        let oneLine = !b[start..<end].contains(UInt8(ascii: "\n"))
        // The block-quote markers of the formula's further lines stay in the Markdown, before
        // each line's continuation marker.
        var markers: [String] = []
        if !oneLine && quoteDepth == 0 {
            markers = Array(repeating: "", count: b[start..<end].count { $0 == UInt8(ascii: "\n") })
        } else if !oneLine {
            let raw = String(decoding: b[start..<end], as: UTF8.self)
            for piece in raw.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
                markers.append(Self.splitQuotePrefix(piece, depth: quoteDepth).0)
            }
        }
        let content = String(decoding: b[contentStart..<contentEnd], as: UTF8.self)
        let tex = quoteDepth == 0 || oneLine ? content : Self.stripQuotePrefixes(content, depth: quoteDepth)
        spans.append(Span(math: Math(tex: tex, display: display, environment: env, location: location, delimiter: contentStart - start), source: start..<end, quoteDepth: quoteDepth))
        append(Self.tokenOpen)
        appendDecimal(spans.count - 1)
        append(Self.tokenClose)
        for marker in markers {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: marker.utf8)
            append(Self.continuation)
        }
        // Keep line bookkeeping in step with the newlines inside the formula.
        if !oneLine {
            for j in start..<end where b[j] == UInt8(ascii: "\n") { newLine(at: j + 1) }
        }
        return end
    }

    /// Writes `n` in decimal.
    private mutating func appendDecimal(_ n: Int) {
        let start = out.count
        var rest = n
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        var (i, j) = (start, out.count - 1)
        while i < j {
            out.swapAt(i, j)
            (i, j) = (i + 1, j - 1)
        }
    }

    /// Writes a placeholder character.
    private mutating func append(_ scalar: Unicode.Scalar) {
        // The placeholders are three bytes of UTF-8 each.
        let value = scalar.value
        out.append(0xE0 | UInt8(value >> 12))
        out.append(0x80 | UInt8((value >> 6) & 0x3F))
        out.append(0x80 | UInt8(value & 0x3F))
    }

    private mutating func copyTracking(_ from: Int, _ to: Int) {
        out.append(contentsOf: b[from..<to])
        for j in from..<to where b[j] == UInt8(ascii: "\n") { newLine(at: j + 1) }
    }

    /// How many block-quote markers open the current line.
    private func quoteDepth() -> Int {
        var depth = 0
        var j = lineStart
        while j < b.count && (b[j] == UInt8(ascii: " ") || b[j] == UInt8(ascii: ">")) {
            if b[j] == UInt8(ascii: ">") { depth += 1 }
            j += 1
        }
        return depth
    }

    private static func splitQuotePrefix(_ line: Substring, depth: Int) -> (String, Substring) {
        guard depth > 0 else { return ("", line) }
        var seen = 0
        var idx = line.startIndex
        while idx < line.endIndex && seen < depth && (line[idx] == " " || line[idx] == ">") {
            if line[idx] == ">" { seen += 1 }
            idx = line.index(after: idx)
        }
        if idx < line.endIndex && line[idx] == " " { idx = line.index(after: idx) }
        return (String(line[..<idx]), line[idx...])
    }

    private static func stripQuotePrefixes(_ tex: String, depth: Int) -> String {
        tex.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { n, piece in n == 0 ? String(piece) : String(splitQuotePrefix(piece, depth: depth).1) }
            .joined(separator: "\n")
    }

    private mutating func warn(at i: Int, _ message: String) {
        warnings.append((location(of: i), message))
    }

    /// The last position whose column was computed on the current line, and that column.
    private var columnMark = (offset: 0, column: 1)

    /// The location of byte `i` (on the current line), counting columns incrementally so that many
    /// formulas on one very long line stay cheap.
    private mutating func location(of i: Int) -> SourceLocation {
        if columnMark.offset < lineStart || columnMark.offset > i { columnMark = (lineStart, 1) }
        var column = columnMark.column
        var j = columnMark.offset
        while j < i {
            if b[j] & 0xC0 != 0x80 { column += 1 }
            j += 1
        }
        columnMark = (i, column)
        return SourceLocation(line: line, column: column)
    }

    private func isSpace(_ c: UInt8) -> Bool {
        c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r")
    }

    private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
}
