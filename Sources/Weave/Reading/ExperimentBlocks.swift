/// Turns fenced code blocks whose info string starts with `swift` into ``Experiment`` blocks and
/// reads their attributes: `hide`, `fold`, `norun`, `check`, `expect-error`, `id=name`, `title="…"`.
enum ExperimentBlocks {
    /// Replaces Swift code blocks in `blocks` (at any depth) with experiments; unknown attributes
    /// are reported as warnings on `note`.
    static func extract(_ blocks: [Block], into note: inout Note) -> [Block] {
        var blocks = blocks
        blocks.rewrite { block in
            Rewrite.leaves(block) { leaf in
                guard case .code(let info, let text, let location) = leaf else { return nil }
                let words = tokenize(info)
                guard words.first == "swift" else { return nil }
                return .experiment(experiment(words.dropFirst(), source: text, at: location, note: &note))
            }
        }
        return blocks
    }

    private static func experiment(_ attributes: ArraySlice<String>, source: String, at location: SourceLocation, note: inout Note) -> Experiment {
        var e = Experiment(
            source: source, mode: .normal, hidden: false, noRun: false, id: nil, title: nil,
            codeStart: SourceLocation(line: location.line + 1, column: location.column), location: location)
        for attribute in attributes {
            switch attribute {
            case "hide": e.hidden = true
            case "fold": e.folded = true
            case "norun": e.noRun = true
            case "check": e.mode = .check
            case "expect-error": e.mode = .expectError
            default:
                if attribute.hasPrefix("id=") {
                    e.id = String(attribute.dropFirst(3))
                } else if attribute.hasPrefix("title=") {
                    e.title = String(attribute.dropFirst(6))
                } else {
                    note.diagnose(.warning, "unknown attribute '\(attribute)' on a swift block (known: hide, fold, norun, check, expect-error, id=, title=)", at: location)
                }
            }
        }
        return e
    }

    /// Splits an info string at spaces, keeping `"…"` quoted values together (quotes removed).
    static func tokenize(_ info: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        for c in info {
            if c == "\"" {
                quoted.toggle()
            } else if c == " " && !quoted {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
