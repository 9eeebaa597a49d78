/// The words weave itself puts on a page — navigation, captions, check cards, callout titles —
/// in the page's language: the front matter's `lang`, matched on its first subtag (`zh`,
/// `zh-CN` and `zh-Hans` are Chinese). English where weave has no translation.
enum PageWords: Sendable {
    case english, chinese

    /// The words for a page whose `lang` is `lang`.
    init(lang: String?) {
        self = Self.primaryLanguage(lang) == "zh" ? .chinese : .english
    }

    /// The first subtag of the language `lang`, lowercased (`zh-Hans` → `zh`); `en` when there is none.
    static func primaryLanguage(_ lang: String?) -> String {
        lang?.split(separator: "-").first?.lowercased() ?? "en"
    }

    /// The name of the language `lang` in that language, as a language switch shows it; the tag
    /// itself for a language weave has no name for.
    static func autonym(_ lang: String) -> String {
        switch primaryLanguage(lang) {
        case "en": "English"
        case "zh": "中文"
        default: lang
        }
    }

    private func pick(_ english: String, _ chinese: String) -> String {
        self == .chinese ? chinese : english
    }

    /// The title of a note's list of sections.
    var contents: String { pick("Contents", "目录") }
    /// The label of the link from a heading to itself.
    var linkToSection: String { pick("Link to this section", "链接到本节") }
    /// The label of a figure's number, as the caption starts with it.
    func figure(_ number: Int) -> String { pick("Figure \(number).", "图 \(number)") }
    /// A figure's accessible name when it has no caption.
    func figureName(_ number: Int) -> String { pick("Figure \(number)", "图 \(number)") }
    /// What a reference to `target` shows: `\ref` its number (a section's title), `\eqref` an
    /// equation's number in parentheses, `\cref` the number with its kind ("Figure 3", "§ Setup"),
    /// joined by a no-break space so that a line never ends between them.
    func reference(_ target: ReferenceTarget, command: String) -> String {
        guard let n = target.number else {
            return command == "cref" ? pick("§\u{A0}\(target.title)", "“\(target.title)”一节") : target.title
        }
        let number = target.kind == .equation && command != "ref" ? "(\(n))" : "\(n)"
        guard command == "cref" else { return number }
        switch target.kind {
        case .equation: return pick("Equation\u{A0}\(number)", "式\u{A0}\(number)")
        case .figure: return pick("Figure\u{A0}\(number)", "图\u{A0}\(number)")
        case .table: return table(n)
        case .check: return checkNumber(n)
        case .section: return number
        }
    }
    /// A table's number, as its caption starts with it and `\cref` shows it.
    func table(_ number: Int) -> String { pick("Table\u{A0}\(number)", "表\u{A0}\(number)") }
    /// A check card's number, as its card shows it and `\cref` shows it.
    func checkNumber(_ number: Int) -> String { pick("Check\u{A0}\(number)", "检验\u{A0}\(number)") }
    /// The heading of a note's list of the works it cites.
    var references: String { pick("References", "参考文献") }
    /// The fold of a check card's source.
    var source: String { pick("Source", "源代码") }
    /// The title of a check card without one.
    var check: String { pick("Check", "检验") }
    /// The accessible name of a check card's state (`passed`, `failed`, `skipped`, `pending`).
    func checkState(_ state: String) -> String {
        guard self == .chinese else { return state }
        return ["passed": "通过", "failed": "未通过", "skipped": "跳过", "pending": "待定"][state] ?? state
    }
    /// The line of a card that stands for the outcomes of one `expect` run several times.
    func expectationsHold(_ held: Int, of count: Int) -> String {
        pick("\(held) of \(count) expectations hold", "\(count) 项预期中 \(held) 项成立")
    }
    /// What stands between such a line and the message its outcomes share.
    var colon: String { pick(": ", "：") }
    /// What precedes the worst discrepancy of such a line.
    var worst: String { pick("worst", "最差") }
    /// The title of a GitHub alert of `kind` (`NOTE`, `TIP`, `IMPORTANT`, `WARNING`, `CAUTION`).
    func callout(_ kind: String) -> String {
        switch (self, kind) {
        case (.chinese, "NOTE"): "注意"
        case (.chinese, "TIP"): "提示"
        case (.chinese, "IMPORTANT"): "重要"
        case (.chinese, "WARNING"): "警告"
        case (.chinese, "CAUTION"): "小心"
        default: kind.prefix(1) + kind.dropFirst().lowercased()
        }
    }
    /// The name of the switch between a page's languages.
    var languages: String { pick("Languages", "语言") }
    /// The name of the course's sidebar.
    var course: String { pick("Course", "课程") }
    /// The name of the breadcrumb above a title.
    var breadcrumb: String { pick("Breadcrumb", "导航路径") }
    /// The link from the breadcrumb to the sidebar.
    var allNotesAndSearch: String { pick("All notes and search", "全部笔记与搜索") }
    /// The search box's placeholder and name.
    var searchCourse: String { pick("Search the course", "搜索课程") }
    /// What the search lists when no section matches.
    var noMatch: String { pick("No section matches.", "没有匹配的章节。") }
    /// The name of the previous and next links.
    var previousAndNext: String { pick("Previous and next", "上一篇与下一篇") }
    /// The previous link's direction.
    var previous: String { pick("← Previous", "← 上一篇") }
    /// The next link's direction.
    var next: String { pick("Next →", "下一篇 →") }
    /// The heading of the index page's list of notes.
    var notes: String { pick("Notes", "笔记") }
    /// The title of a course without an `index.md`.
    var courseNotes: String { pick("Course notes", "课程笔记") }
    /// The title of `404.html`.
    var pageNotFound: String { pick("Page not found", "页面不存在") }
    /// The text of `404.html` before the list of notes; `index` is the link to the course index.
    func noPageHere(index: String) -> String {
        pick(
            "There is no page at this address. The notes of the course are listed below and in the \(index).",
            "此地址没有页面。课程的笔记列在下方，也可从\(index)进入。")
    }
    /// The name of the link to the course index in `404.html`.
    var courseIndex: String { pick("course index", "课程首页") }
    /// The page footer; `source` is the note's file name as HTML, `nil` for a page without a note.
    func wovenBy(_ source: String?) -> String {
        guard let source else { return pick("Woven by weave.", "由 weave 生成。") }
        return pick("Woven by weave from \(source).", "由 weave 从 \(source) 生成。")
    }
}
