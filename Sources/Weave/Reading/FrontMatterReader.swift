import Yams

/// Splits YAML front matter (`---` … `---` or `...` at the top of a note) from the Markdown and
/// reads the fields weave knows. Values are taken as written (a `date` stays a string).
enum FrontMatterReader {
    /// The front matter, the Markdown with the front matter lines blanked (so line numbers stay
    /// those of the file), and problems found.
    struct Result {
        var meta: FrontMatter
        var markdown: String
        var problems: [(SourceLocation, String, Diagnostic.Severity)]
    }

    /// The largest `time-budget`, in seconds: one day. A block's deadline is kept in nanoseconds, so a budget
    /// must be far below 2⁶⁴ ns (585 years); no experiment of a course note needs more than a day.
    static let maximumTimeBudget = 86_400.0

    /// Reads front matter from the start of `source`, if there is any.
    static func read(_ source: String) -> Result {
        // Lines are split off only up to the closing fence: the rest of a long note is copied once.
        var rest: Substring? = source[...]
        func nextLine() -> Substring? {
            guard let text = rest else { return nil }
            guard let newline = text.firstIndex(of: "\n") else {
                rest = nil
                return text
            }
            rest = text[text.index(after: newline)...]
            return text[..<newline]
        }
        guard let first = nextLine(), first.trimming(" \t\r") == "---" else {
            return Result(meta: FrontMatter(), markdown: source, problems: [])
        }
        var yamlLines: [Substring] = []
        while true {
            guard let line = nextLine() else {
                return Result(
                    meta: FrontMatter(), markdown: source,
                    problems: [(SourceLocation(line: 1, column: 1), "front matter has no closing '---'; it is read as Markdown", .warning)])
            }
            if ["---", "..."].contains(line.trimming(" \t\r")) { break }
            yamlLines.append(line)
        }
        let yaml = yamlLines.joined(separator: "\n")
        // Both fences and the lines between them become empty lines.
        var markdown = String(repeating: "\n", count: yamlLines.count + (rest == nil ? 1 : 2))
        if let rest { markdown.append(contentsOf: rest) }
        var problems: [(SourceLocation, String, Diagnostic.Severity)] = []
        var meta = FrontMatter()
        do {
            guard let node = try Yams.compose(yaml: yaml) else { return Result(meta: meta, markdown: markdown, problems: []) }
            guard let mapping = node.mapping else {
                problems.append((SourceLocation(line: 2, column: 1), "front matter must be a mapping of keys to values", .error))
                return Result(meta: meta, markdown: markdown, problems: problems)
            }
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                let location = SourceLocation(line: (key.mark?.line ?? 1) + 1, column: key.mark?.column ?? 1)
                let text = value.string ?? value.sequence?.compactMap { $0.string }.joined(separator: ", ")
                switch name {
                case "title": meta.title = text
                case "subtitle": meta.subtitle = text
                case "author": meta.author = text
                case "date": meta.date = text
                case "lang": meta.lang = text
                case "description": meta.description = text
                case "seed":
                    if let s = text, let seed = UInt64(s) { meta.seed = seed } else {
                        problems.append((location, "seed must be a non-negative integer", .error))
                    }
                case "time-budget":
                    if let s = text, let t = Double(s), t > 0, t <= maximumTimeBudget { meta.timeBudget = t } else {
                        problems.append((location, "time-budget must be a positive number of seconds, at most \(Int(maximumTimeBudget)) (a day)", .error))
                    }
                case "memory-budget":
                    if let s = text, let bytes = memoryBudget(s) { meta.memoryBudget = bytes } else {
                        problems.append((location, "memory-budget must be a size from 64 MiB to 64 GiB, such as 512 MiB or 4 GiB", .error))
                    }
                default:
                    continue  // other keys (tags, slug, …) belong to other tools
                }
            }
        } catch let error as YamlError {
            problems.append((yamlLocation(error), "invalid YAML front matter: \(yamlMessage(error))", .error))
        } catch {
            problems.append((SourceLocation(line: 2, column: 1), "invalid YAML front matter: \(error)", .error))
        }
        return Result(meta: meta, markdown: markdown, problems: problems)
    }

    /// A size such as `512 MiB`, `4 GiB`, `1.5 GB` or a bare number of MiB, in bytes; nil outside
    /// 64 MiB … 64 GiB or if it is not a size.
    static func memoryBudget(_ text: String) -> Int? {
        let (gibi, mebi) = (Double(1 << 30), Double(1 << 20))
        let units: [(String, Double)] = [("GiB", gibi), ("GB", 1e9), ("G", gibi), ("MiB", mebi), ("MB", 1e6), ("M", mebi)]
        var number = text.trimming(" ")
        var scale = mebi
        if let (suffix, factor) = units.first(where: { number.hasSuffix($0.0) }) {
            number = String(number.dropLast(suffix.count)).trimming(" ")
            scale = factor
        }
        guard let value = Double(number), value.isFinite else { return nil }
        let bytes = value * scale
        guard bytes >= Double(64 << 20), bytes <= Double(64 << 30) else { return nil }
        return Int(bytes)
    }

    private static func yamlLocation(_ error: YamlError) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(line: mark.line + 1, column: mark.column)
        default:
            return SourceLocation(line: 2, column: 1)
        }
    }

    private static func yamlMessage(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        default: return "\(error)"
        }
    }
}
