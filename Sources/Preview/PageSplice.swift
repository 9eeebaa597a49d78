/// How to turn an open page into its next version by replacing only what changed: some child
/// nodes of one element, given by its path from `<body>`, are replaced by new nodes, parsed from
/// their HTML in that element. A paragraph edited in a 600 kB page is then a few hundred bytes
/// over the WebSocket, a small parse and one element replaced in the browser, rather than the
/// whole page fetched, parsed and compared.
///
/// The page script checks that the element it reaches has the name and the number of child nodes
/// given here before it replaces anything, and falls back on the whole page otherwise.
struct PageSplice: Codable, Equatable, Sendable {
    /// Indices among element children (text and comments not counted), from `<body>` down to the
    /// element whose children change.
    var path: [Int]
    /// That element's tag name.
    var name: String
    /// How many child nodes (elements, text, comments) it has before the change.
    var count: Int
    /// The first child node replaced.
    var from: Int
    /// How many child nodes are removed from there.
    var removed: Int
    /// How many child nodes ``html`` holds, which replace them.
    var added: Int
    /// The new child nodes' HTML.
    var html: String

    /// Elements whose children a browser parses the same way from a fragment as in the whole page:
    /// plain containers, none special to the parser.
    private static let containers: Set<String> = [
        "div", "main", "article", "section", "header", "footer", "aside", "nav", "figure", "figcaption", "blockquote",
        "details", "li", "dd", "ul", "ol", "dl", "span",
    ]

    /// The splice that turns `old` into `new`, or `nil` if there is none this safe: a page a browser
    /// does not parse as its tags nest (see ``PageOutline``), or a change outside `<body>` or in its
    /// own children (the preview's script and overlay live there).
    static func between(_ old: PageVersion, _ new: PageVersion) -> PageSplice? {
        let a = old.bytes, b = new.bytes
        guard a != b, let before = old.outline, let after = new.outline else { return nil }
        // Bytes before `prefix` and in the last `suffix` bytes are the same in both.
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let shift = b.count - a.count
        /// Whether the old and new child nodes are the same bytes at the same place.
        func same(_ x: PageOutline.Child, _ y: PageOutline.Child) -> Bool {
            (x.range == y.range && x.range.upperBound <= prefix)
                || (x.range.lowerBound + shift == y.range.lowerBound && x.range.count == y.range.count && x.range.lowerBound >= a.count - suffix)
        }
        var path: [Int] = []
        var (o, n) = (before.body, after.body)
        while true {
            let old = before.elements[o].children, new = after.elements[n].children
            var head = 0
            while head < old.count, head < new.count, same(old[head], new[head]) { head += 1 }
            var tail = 0
            while tail < old.count - head, tail < new.count - head, same(old[old.count - 1 - tail], new[new.count - 1 - tail]) { tail += 1 }
            let removed = old.count - head - tail, added = new.count - head - tail
            // One element changed inside, its tags unchanged: the change is among its children.
            if removed == 1, added == 1, let x = old[head].element, let y = new[head].element {
                let (e, f) = (before.elements[x], after.elements[y])
                let endTag = a[e.contentStart..<e.range.upperBound].lastIndex(of: UInt8(ascii: "<")) ?? 0
                let tagsKept = e.name == f.name && e.contentStart <= prefix && e.contentStart == f.contentStart
                    && endTag >= a.count - suffix && e.range.upperBound + shift == f.range.upperBound
                if tagsKept, !e.foreign, containers.contains(e.name) {
                    path.append(new[..<head].filter { $0.element != nil }.count)
                    (o, n) = (x, y)
                    continue
                }
            }
            guard !path.isEmpty else { return nil }
            let html = added == 0 ? "" : String(decoding: b[new[head].range.lowerBound..<new[head + added - 1].range.upperBound], as: UTF8.self)
            return PageSplice(path: path, name: before.elements[o].name, count: old.count, from: head, removed: removed, added: added, html: html)
        }
    }
}

/// One version of a page: its bytes and their outline, made once, for the splice that leads to it
/// and the one that leads from it.
struct PageVersion {
    /// The page's HTML, in UTF-8.
    let bytes: [UInt8]
    /// Its outline, if a browser builds it as its tags nest.
    let outline: PageOutline?

    /// The version of the page `html`.
    init(_ html: String) {
        bytes = Array(html.utf8)
        outline = PageOutline(bytes)
    }
}
