import SwiftDiagnostics
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// Parses a block with SwiftParser and turns swift-syntax's diagnostics into block diagnostics.
public enum Parsing {
    /// How deeply a block's code may nest. SwiftParser's default is 20 in debug builds and 256 in
    /// release builds (debug parsing uses more stack); weave parses on large-stack threads and
    /// fixes the limit, so a note parses the same whichever way weave was built.
    public static let maximumNestingLevel = 256

    /// The longest run of `[` (with only white space between) that a block may hold. SwiftParser
    /// tries each `[` as the start of a type and of an expression, so its time doubles with every
    /// `[` of a run: 20 take minutes. Eight are more than any array literal or type needs.
    public static let maximumBracketRun = 8

    /// The deepest a backslash (a key path) may stand inside open brackets. SwiftParser's look-ahead
    /// over unclosed brackets before each `\\` makes its time grow exponentially with their count
    /// (found by fuzzing: a kilobyte of them takes minutes); real key paths stand a few levels deep.
    public static let maximumBackslashDepth = 16

    /// How many brackets of any kind (`(`, `[`, `{`) may be open at once. With statements among
    /// unclosed braces, SwiftParser's recovery looks ahead once per open level for each token, so
    /// its time grows with the cube of their count (found by fuzzing: 400 unclosed `{` around two
    /// lines took 14 s); real code stands a dozen levels deep.
    public static let maximumOpenBrackets = 64

    /// How many attributes (`@`, in code) a block may hold. SwiftParser's look-ahead reads a whole
    /// run of attributes each time one could start a type, so its time grows with the square of
    /// their number (found by fuzzing: 800 take seconds); real blocks hold a few.
    public static let maximumAttributes = 64

    /// The syntax tree of `source`, parsed with the fixed nesting limit. Callers that parse blocks
    /// themselves (to highlight them, say) use this, and pass the tree to `Session.run`; they call
    /// ``refusal(_:)`` first.
    public static func tree(_ source: String) -> SourceFileSyntax {
        var parser = Parser(source, maximumNestingLevel: maximumNestingLevel)
        return SourceFileSyntax.parse(from: &parser)
    }

    /// The type `text` spells (`[Double]`, `Stack<Int>`), parsed on its own; nil if it spells
    /// none. For the type named by an expression, such as `T` in `T.self`.
    static func type(_ text: String) -> TypeSyntax? {
        var parser = Parser(text, maximumNestingLevel: maximumNestingLevel)
        let type = TypeSyntax.parse(from: &parser)
        return type.hasError || type.trimmedDescription != text ? nil : type
    }

    /// Why `source` must not be handed to SwiftParser at all (see ``maximumBracketRun``,
    /// ``maximumBackslashDepth``, ``maximumOpenBrackets`` and ``maximumAttributes``), located
    /// at the first `[` past the limit; nil for ordinary code. The scan is one pass over the bytes
    /// that skips comments and the text of string literals as Swift's lexer does: a single-line
    /// literal ends at its line's end even when unclosed, `"""` literals and raw `#"…"#` literals
    /// end only at their own delimiter, and an interpolation `\(…)` is code again (found by fuzzing:
    /// a stray quote must not hide a run of brackets from the scan while the parser still sees it).
    /// Where the scan could be unsure, it reads code, so an odd literal can only be refused, never
    /// let through.
    public static func refusal(_ source: String) -> BlockDiagnostic? {
        let bytes = Array(source.utf8)
        var i = 0
        var line = 1
        var lineStart = 0
        var run = 0
        /// What the scan is inside: code (the block, or an interpolation with its open parentheses),
        /// the text of a string literal, or what may be a regex literal (`/…/`, `#/…/#`), whose
        /// quotes open nothing and whose brackets still count, in case it is code after all.
        enum Context {
            case code(parentheses: Int)
            case text(hashes: Int, multiline: Bool)
            case regex(hashes: Int)
        }
        /// The last byte of code that was not white space: a `/` after one of these starts a regex
        /// literal where Swift's lexer may read one, rather than a division.
        var last: UInt8 = UInt8(ascii: "(")
        let beforeRegex = Set("(,=:[{;!&|^~?+-*%<>".utf8)
        /// The refusal `message`, located at the byte the scan is at.
        func refusedHere(_ message: String) -> BlockDiagnostic {
            BlockDiagnostic(line: line, column: i - lineStart + 1, message: message, isError: true)
        }
        /// Counts one more `[` of a run; the refusal when the run is too long.
        func bracket() -> BlockDiagnostic? {
            run += 1
            guard run > maximumBracketRun else { return nil }
            return refusedHere("more than \(maximumBracketRun) consecutive '[': nest array literals and types at most \(maximumBracketRun) deep (deeper runs make Swift's parser take exponential time)")
        }
        var stack: [Context] = [.code(parentheses: 0)]
        /// Brackets of every kind open in code, across interpolations.
        var depth = 0
        var attributes = 0
        /// Counts one more open bracket; the refusal when too many are open.
        func open() -> BlockDiagnostic? {
            depth += 1
            guard depth > maximumOpenBrackets else { return nil }
            return refusedHere("more than \(maximumOpenBrackets) brackets open at once: close them, or split the code into functions (deeper nesting makes Swift's parser take cubic time)")
        }
        func at(_ k: Int, _ c: Character) -> Bool { k < bytes.count && bytes[k] == c.asciiValue! }
        /// The number of `#` from `k` on.
        func hashes(from k: Int) -> Int {
            var n = 0
            while at(k + n, "#") { n += 1 }
            return n
        }
        /// Moves past `count` bytes, counting lines.
        func advance(_ count: Int = 1) {
            for _ in 0..<count where i < bytes.count {
                if bytes[i] == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = i + 1
                }
                i += 1
            }
        }
        while i < bytes.count {
            switch stack[stack.count - 1] {
            case .code(let parentheses):
                let b = bytes[i]
                if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                    advance()
                    continue
                }
                defer { last = b }
                if b == UInt8(ascii: "[") {
                    if let refused = bracket() ?? open() { return refused }
                    advance()
                    continue
                }
                run = 0
                if b == UInt8(ascii: "(") || b == UInt8(ascii: "{") {
                    if let refused = open() { return refused }
                } else if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") {
                    depth = max(0, depth - 1)
                } else if b == UInt8(ascii: "@") {
                    attributes += 1
                    if attributes > maximumAttributes {
                        return refusedHere("more than \(maximumAttributes) attributes ('@') in one block (more make Swift's parser take quadratic time)")
                    }
                } else if b == UInt8(ascii: "\\"), depth > maximumBackslashDepth {
                    return refusedHere("a '\\' inside more than \(maximumBackslashDepth) open brackets: close them, or take the key path out (deeper ones make Swift's parser take exponential time)")
                }
                if b == UInt8(ascii: "/"), at(i + 1, "/") {
                    while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { advance() }
                } else if b == UInt8(ascii: "/"), at(i + 1, "*") {
                    // Block comments nest in Swift.
                    var depth = 0
                    repeat {
                        if at(i, "/"), at(i + 1, "*") {
                            depth += 1
                            advance(2)
                        } else if at(i, "*"), at(i + 1, "/") {
                            depth -= 1
                            advance(2)
                        } else {
                            advance()
                        }
                    } while depth > 0 && i < bytes.count
                } else if (b == UInt8(ascii: "/") && beforeRegex.contains(last)) || (b == UInt8(ascii: "#") && at(i + hashes(from: i), "/")) {
                    let n = hashes(from: i)
                    advance(n + 1)
                    stack.append(.regex(hashes: n))
                } else if b == UInt8(ascii: "\"") || (b == UInt8(ascii: "#") && at(i + hashes(from: i), "\"")) {
                    let n = hashes(from: i)
                    let multiline = at(i + n + 1, "\"") && at(i + n + 2, "\"")
                    advance(n + (multiline ? 3 : 1))
                    stack.append(.text(hashes: n, multiline: multiline))
                } else if b == UInt8(ascii: "(") {
                    stack[stack.count - 1] = .code(parentheses: parentheses + 1)
                    advance()
                } else if b == UInt8(ascii: ")") {
                    if parentheses > 0 {
                        stack[stack.count - 1] = .code(parentheses: parentheses - 1)
                    } else if stack.count > 1 {
                        stack.removeLast()  // the end of an interpolation
                    }
                    advance()
                } else {
                    advance()
                }
            case .text(let n, let multiline):
                let b = bytes[i]
                if b == UInt8(ascii: "\\"), hashes(from: i + 1) >= n {
                    if at(i + 1 + n, "(") {
                        advance(n + 2)
                        run = 0
                        stack.append(.code(parentheses: 0))
                    } else {
                        // An escape: the character after it is text (a line's end still ends a
                        // single-line literal).
                        advance(n + 1)
                        if i < bytes.count, bytes[i] != UInt8(ascii: "\n") { advance() }
                    }
                } else if b == UInt8(ascii: "\""), !multiline || (at(i + 1, "\"") && at(i + 2, "\"")),
                    hashes(from: i + (multiline ? 3 : 1)) >= n
                {
                    advance((multiline ? 3 : 1) + n)
                    stack.removeLast()
                } else if b == UInt8(ascii: "\n"), !multiline {
                    stack.removeLast()  // an unclosed literal ends with its line, as Swift's lexer ends it
                } else {
                    advance()
                }
            case .regex(let n):
                let b = bytes[i]
                if b == UInt8(ascii: "[") {
                    if let refused = bracket() { return refused }
                    advance()
                    continue
                }
                if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") {
                    advance()
                    continue
                }
                run = 0
                if b == UInt8(ascii: "\\") {
                    advance()
                    if i < bytes.count, bytes[i] != UInt8(ascii: "\n") { advance() }
                } else if b == UInt8(ascii: "/"), hashes(from: i + 1) >= n {
                    advance(1 + n)
                    stack.removeLast()
                } else if b == UInt8(ascii: "\n"), n == 0 {
                    stack.removeLast()  // an unclosed `/…/` is not a regex literal: the line was code
                } else {
                    advance()
                }
            }
        }
        return nil
    }

    /// A parsed block: its tree, a position converter, and its syntax errors (empty if none).
    struct Parsed {
        /// The syntax tree.
        var tree: SourceFileSyntax
        /// Maps positions to lines and columns within the block.
        var converter: SourceLocationConverter
        /// Syntax errors, as swift-syntax reports them.
        var errors: [BlockDiagnostic]
    }

    /// Parses `source` as a Swift file, or takes `tree` when the caller already parsed it.
    static func parse(_ source: String, tree given: SourceFileSyntax? = nil) -> Parsed {
        if given == nil, let refusal = refusal(source) {
            let empty = SourceFileSyntax(statements: [])
            return Parsed(tree: empty, converter: SourceLocationConverter(fileName: "block", tree: empty), errors: [refusal])
        }
        let tree = given ?? Self.tree(source)
        let converter = SourceLocationConverter(fileName: "block", tree: tree)
        // The generator walks the whole tree; a tree without missing or unexpected parts has
        // nothing for it to report. Recovery can report one error many times at one place (each
        // unclosed bracket of a run, say); the first says it.
        guard tree.hasError else { return Parsed(tree: tree, converter: converter, errors: []) }
        if let uneven = unevenEquals(in: tree, converter: converter) {
            return Parsed(tree: tree, converter: converter, errors: [uneven])
        }
        let found = diagnostics(of: tree)
        var places = Set<Int>()
        let errors = found.filter { $0.diagMessage.severity == .error }.compactMap { d -> BlockDiagnostic? in
            let l = d.location(converter: converter)
            guard places.insert(l.offset).inserted else { return nil }
            return BlockDiagnostic(line: l.line, column: l.column, message: swiftcWording(d.message), isError: true)
        }
        return Parsed(tree: tree, converter: converter, errors: errors)
    }

    /// swiftc's wording of a message SwiftParser words otherwise.
    static func swiftcWording(_ message: String) -> String {
        if message.hasPrefix("consecutive "), message.hasSuffix(" on a line must be separated by newline or ';'") {
            return message.replacingOccurrences(of: "newline or ';'", with: "';'")
        }
        if message.hasPrefix("unexpected code ';"), message.hasSuffix("' in precedencegroup") {
            return "expected operator attribute identifier in precedence group body"
        }
        return message
    }

    /// Past this many erroneous tokens, syntax errors are diagnosed only around the first (see
    /// `diagnostics(of:)`).
    static let maximumDiagnosedErrors = 32

    /// The largest region around the first syntax error that is diagnosed when a block has more
    /// than `maximumDiagnosedErrors`, in UTF-8 bytes.
    static let diagnosedRegion = 2048

    /// SwiftParser's diagnostics of a tree with syntax errors. Its generator rewrites the tree
    /// once for each missing token (to make the Fix-It), so its time grows with the number of
    /// errors times the size of the tree: quadratic in a block of garbage (found by fuzzing: 11 KB
    /// took 19 s). A block with more than `maximumDiagnosedErrors` missing or unexpected tokens is
    /// diagnosed only in the smallest node around its first one that spans at most
    /// `diagnosedRegion` bytes, which holds the errors a reader can act on first.
    private static func diagnostics(of tree: SourceFileSyntax) -> [Diagnostic] {
        var count = 0
        var first: TokenSyntax?
        for token in tree.tokens(viewMode: .all)
        where token.presence == .missing || token.parent?.is(UnexpectedNodesSyntax.self) == true {
            first = first ?? token
            count += 1
            if count > maximumDiagnosedErrors { break }
        }
        guard count > maximumDiagnosedErrors, let first else { return ParseDiagnosticsGenerator.diagnostics(for: tree) }
        var region = Syntax(first)
        while let parent = region.parent, parent.totalLength.utf8Length <= diagnosedRegion { region = parent }
        return ParseDiagnosticsGenerator.diagnostics(for: region)
    }

    /// The error for an `=` that swift-syntax's diagnostics generator would trap on (found by
    /// fuzzing): the lexer flags `=` with white space on one side only, and the generator's Fix-It
    /// adds the missing side; where recovery left white space on both sides in the tree (after an
    /// unreadable character, say), the Fix-It has no change and swift-syntax stops the process.
    /// Such a block gets this one error, located at the `=`.
    private static func unevenEquals(in tree: SourceFileSyntax, converter: SourceLocationConverter) -> BlockDiagnostic? {
        func spaced(_ trivia: Trivia?) -> Bool {
            trivia?.contains { if case .spaces = $0 { true } else if case .tabs = $0 { true } else { false } } ?? false
        }
        for token in tree.tokens(viewMode: .sourceAccurate)
        where token.tokenDiagnostic?.kind == .equalMustHaveConsistentWhitespaceOnBothSides
            && spaced(token.previousToken(viewMode: .all)?.trailingTrivia) && spaced(token.trailingTrivia) {
            let l = converter.location(for: token.positionAfterSkippingLeadingTrivia)
            return BlockDiagnostic(line: l.line, column: l.column, message: "'=' must have consistent whitespace on both sides", isError: true)
        }
        return nil
    }
}

extension ExprSyntax {
    /// The expression inside any parentheses around it (`((x))` is `x`); a labelled or longer
    /// tuple is itself.
    var unparenthesized: ExprSyntax {
        var e = self
        while let t = e.as(TupleExprSyntax.self), t.elements.count == 1, t.elements.first!.label == nil { e = t.elements.first!.expression }
        return e
    }
}
