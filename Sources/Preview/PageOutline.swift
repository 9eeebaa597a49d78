/// The node tree a browser builds from a page, as far as the preview needs it to update an open
/// page in place: every element's byte range and its child nodes (elements, text runs, comments).
///
/// It is built only for pages a browser parses the plain way: every element but the void ones is
/// closed explicitly, in order, and nothing makes the parser insert, move or close an element on
/// its own (a block inside `<p>`, a `<tr>` straight in a `<table>`, text inside a table, `<select>`,
/// an HTML element inside SVG, …). Such a page's tree is its tags' nesting, which is what this
/// reads; for any other page there is no outline (`nil`), and the preview sends the whole page.
struct PageOutline {
    /// One element: where it starts and ends, where its content is, and its child nodes.
    struct Element {
        /// The tag name, lowercased.
        var name: String
        /// Whether the element is SVG or MathML content rather than HTML.
        var foreign: Bool
        /// What the parser does with elements of its name.
        fileprivate var kind: Kind
        /// From `<` of the start tag to the end of the end tag.
        var range: Range<Int>
        /// Where the start tag ends.
        var contentStart: Int
        /// The child nodes in order.
        var children: [Child] = []
    }

    /// One child node: an element (its index in ``elements``), or a text run or comment.
    struct Child {
        var range: Range<Int>
        var element: Int?
    }

    /// Every element, in document order.
    private(set) var elements: [Element] = []
    /// The index of `<body>` in ``elements``.
    private(set) var body = -1

    /// The outline of `page` (UTF-8), or `nil` if a browser would not build it as its tags nest.
    init?(_ page: [UInt8]) {
        var reader = Reader(bytes: page)
        guard (try? reader.read(into: &self)) != nil, body >= 0 else { return nil }
    }

    /// A page a browser would not build as its tags nest.
    private struct Irregular: Error {}

    /// What the parser does with elements of a name, looked up once per tag (one hash of the name
    /// rather than one per rule).
    fileprivate struct Kind: OptionSet {
        let rawValue: UInt16
        static let void = Kind(rawValue: 1 << 0)
        static let rawText = Kind(rawValue: 1 << 1)
        static let closesParagraph = Kind(rawValue: 1 << 2)
        static let unusual = Kind(rawValue: 1 << 3)
        static let closesSame = Kind(rawValue: 1 << 4)
        static let table = Kind(rawValue: 1 << 5)
        static let backToHTML = Kind(rawValue: 1 << 6)
        static let breakOut = Kind(rawValue: 1 << 7)

        /// The kind of every name with one.
        static let byName: [String: Kind] = {
            var kinds: [String: Kind] = [:]
            for (names, kind) in [
                (PageOutline.void, Kind.void), (PageOutline.rawText, .rawText), (PageOutline.closesParagraph, .closesParagraph),
                (PageOutline.unusual, .unusual), (Set(PageOutline.closesSame.keys), .closesSame),
                (Set(PageOutline.tableContent.keys).union(PageOutline.tableParent.keys), .table), (PageOutline.backToHTML, .backToHTML),
                (PageOutline.breakOut, .breakOut),
            ] {
                for name in names { kinds[name, default: []].insert(kind) }
            }
            return kinds
        }()
    }

    /// Elements with no content and no end tag.
    private static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
    ]
    /// Elements whose content is text up to their end tag.
    private static let rawText: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    ]
    /// Start tags that close an open `<p>`.
    private static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "listing", "plaintext", "xmp", "search",
    ]
    /// Elements the parser treats in ways a tree of the tags does not show (`<html>`, `<head>`
    /// and `<body>` are allowed once each, in their place).
    private static let unusual: Set<String> = [
        "html", "head", "body", "frameset", "frame", "select", "option", "optgroup", "template", "image", "isindex",
        "plaintext", "annotation-xml", "menuitem", "nobr", "ruby", "rb", "rp", "rt", "rtc", "applet", "marquee",
        "object", "button", "caption", "colgroup", "col",
    ]
    /// What each table element may contain (besides white space); anything else is moved out.
    private static let tableContent: [String: Set<String>] = [
        "table": ["thead", "tbody", "tfoot", "script", "style"],
        "thead": ["tr", "script", "style"], "tbody": ["tr", "script", "style"], "tfoot": ["tr", "script", "style"],
        "tr": ["td", "th", "script", "style"],
    ]
    /// Where each table element must be.
    private static let tableParent: [String: Set<String>] = [
        "thead": ["table"], "tbody": ["table"], "tfoot": ["table"], "tr": ["thead", "tbody", "tfoot"], "td": ["tr"], "th": ["tr"],
    ]
    /// Start tags that close an open element of the same kind (`<li>` an `<li>` of the same list),
    /// with the elements that stop the search for one.
    private static let closesSame: [String: Set<String>] = [
        "li": ["ul", "ol"], "dd": ["dl"], "dt": ["dl"], "a": [],
        "h1": [], "h2": [], "h3": [], "h4": [], "h5": [], "h6": [],
    ]
    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    /// SVG and MathML elements whose content is HTML again.
    private static let backToHTML: Set<String> = ["foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext"]
    /// HTML start tags that end SVG or MathML content.
    private static let breakOut: Set<String> = [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s",
        "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font",
    ]

    /// Reads a page's tags left to right with a stack of open elements.
    private struct Reader {
        let bytes: [UInt8]
        var at = 0
        /// Open elements (indices into the outline's elements).
        var open: [Int] = []
        /// Where the text run being read started, if one is.
        var text: Int?

        mutating func read(into outline: inout PageOutline) throws(Irregular) {
            while at < bytes.count {
                guard bytes[at] == UInt8(ascii: "<"), at + 1 < bytes.count else {
                    // Text, up to the next `<`.
                    if text == nil { text = at }
                    at = find(UInt8(ascii: "<"), from: at + 1) ?? bytes.count
                    continue
                }
                if Self.isLetter(bytes[at + 1]) {
                    try startTag(in: &outline)
                } else if starts(with: "</") {
                    try endTag(in: &outline)
                } else if starts(with: "<!--") {
                    try endText(in: &outline)
                    guard !starts(with: "<!-->"), !starts(with: "<!--->"), let close = find("-->", from: at + 4) else { throw Irregular() }
                    add(Child(range: at..<close + 3, element: nil), in: &outline)
                    at = close + 3
                } else if open.isEmpty, starts(with: "<!DOCTYPE") || starts(with: "<!doctype") {
                    guard let close = find(">", from: at) else { throw Irregular() }
                    at = close + 1
                } else if let last = open.last, outline.elements[last].foreign, !outline.elements[last].kind.contains(.backToHTML),
                    starts(with: "<![CDATA[")
                {
                    guard let close = find("]]>", from: at) else { throw Irregular() }
                    if text == nil { text = at }
                    at = close + 3
                } else if bytes[at + 1] == UInt8(ascii: "!") || bytes[at + 1] == UInt8(ascii: "?") {
                    throw Irregular()
                } else {
                    // A `<` that starts no tag is text.
                    if text == nil { text = at }
                    at += 1
                }
            }
            try endText(in: &outline)
            guard open.isEmpty else { throw Irregular() }
        }

        private mutating func startTag(in outline: inout PageOutline) throws(Irregular) {
            try endText(in: &outline)
            let start = at
            at += 1
            let name = readName()
            let selfClosing = try skipAttributes()
            let kind = Kind.byName[name] ?? []
            // The parent's name and kind only: a copy of the element would share its children's
            // storage, and each child added would copy it.
            let parent = open.last.map { (name: outline.elements[$0].name, foreign: outline.elements[$0].foreign, kind: outline.elements[$0].kind) }
            let inForeign = parent.map { $0.foreign && !$0.kind.contains(.backToHTML) } ?? false
            let foreign = inForeign || name == "svg" || name == "math"
            if name == "annotation-xml" || (inForeign && kind.contains(.breakOut)) { throw Irregular() }
            if !foreign {
                let placed =
                    switch name {
                    case "html": open.isEmpty && outline.elements.isEmpty
                    case "head", "body": open.count == 1 && parent?.name == "html"
                    default: !kind.contains(.unusual)
                    }
                guard placed, !selfClosing || kind.contains(.void) else { throw Irregular() }
                if kind.contains(.closesParagraph), isOpen("p", within: ["table", "td", "th", "button", "html"], outline) {
                    throw Irregular()
                }
                if kind.contains(.closesSame), let boundary = PageOutline.closesSame[name] {
                    let same = PageOutline.headings.contains(name) ? PageOutline.headings : [name]
                    if same.contains(where: { isOpen($0, within: boundary, outline) }) { throw Irregular() }
                }
                if name == "form", isOpen("form", within: [], outline) { throw Irregular() }
                if kind.contains(.table), let parents = PageOutline.tableParent[name], !parents.contains(parent?.name ?? "") || parent?.foreign == true {
                    throw Irregular()
                }
            }
            if let parent, !parent.foreign, parent.kind.contains(.table), let allowed = PageOutline.tableContent[parent.name],
                !allowed.contains(name) || foreign
            {
                throw Irregular()
            }
            let index = outline.elements.count
            outline.elements.append(Element(name: name, foreign: foreign, kind: kind, range: start..<at, contentStart: at))
            add(Child(range: start..<at, element: index), in: &outline)
            if name == "body" && !foreign { outline.body = index }
            if foreign ? selfClosing : kind.contains(.void) { return }
            open.append(index)
            if !foreign, name == "pre" || name == "listing" || name == "textarea", at < bytes.count, bytes[at] == UInt8(ascii: "\n") {
                // A browser drops the newline that starts a `<pre>`.
                at += 1
            }
            if !foreign, kind.contains(.rawText) { try closeRawText(name, in: &outline) }
        }

        /// Skips a start tag's attributes (names, and values quoted or not: a `>` inside quotes
        /// does not end the tag) and its end; returns whether it ends with `/>`.
        private mutating func skipAttributes() throws(Irregular) -> Bool {
            while true {
                while at < bytes.count, Self.isSpace(bytes[at]) { at += 1 }
                guard at < bytes.count else { throw Irregular() }
                switch bytes[at] {
                case UInt8(ascii: ">"):
                    at += 1
                    return false
                case UInt8(ascii: "/"):
                    at += 1
                    if at < bytes.count, bytes[at] == UInt8(ascii: ">") {
                        at += 1
                        return true
                    }
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: "="):
                    throw Irregular()
                default:
                    while at < bytes.count, !Self.isSpace(bytes[at]), bytes[at] != UInt8(ascii: "/"), bytes[at] != UInt8(ascii: ">"),
                        bytes[at] != UInt8(ascii: "=")
                    {
                        at += 1
                    }
                    while at < bytes.count, Self.isSpace(bytes[at]) { at += 1 }
                    guard at < bytes.count, bytes[at] == UInt8(ascii: "=") else { continue }
                    at += 1
                    while at < bytes.count, Self.isSpace(bytes[at]) { at += 1 }
                    guard at < bytes.count else { throw Irregular() }
                    let quote = bytes[at]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        guard let close = find(quote, from: at + 1) else { throw Irregular() }
                        at = close + 1
                    } else {
                        while at < bytes.count, !Self.isSpace(bytes[at]), bytes[at] != UInt8(ascii: ">") { at += 1 }
                    }
                }
            }
        }

        /// Whether an HTML element `name` is open above the nearest element of `boundary`.
        private func isOpen(_ name: String, within boundary: Set<String>, _ outline: PageOutline) -> Bool {
            for index in open.reversed() {
                let element = outline.elements[index]
                if element.foreign || boundary.contains(element.name) { return false }
                if element.name == name { return true }
            }
            return false
        }

        private mutating func endTag(in outline: inout PageOutline) throws(Irregular) {
            try endText(in: &outline)
            at += 2
            guard at < bytes.count, Self.isLetter(bytes[at]) else { throw Irregular() }
            let name = readName()
            guard let close = find(UInt8(ascii: ">"), from: at), let index = open.last, outline.elements[index].name == name else {
                throw Irregular()
            }
            at = close + 1
            open.removeLast()
            outline.elements[index].range = outline.elements[index].range.lowerBound..<at
            // The element was its parent's last child when it opened, and still is.
            if let parent = open.last {
                let last = outline.elements[parent].children.count - 1
                outline.elements[parent].children[last].range = outline.elements[index].range
            }
        }

        /// The content of a raw-text element (`<script>`, `<style>`, …) up to its end tag.
        private mutating func closeRawText(_ name: String, in outline: inout PageOutline) throws(Irregular) {
            var search = at
            while let lt = find("</", from: search) {
                let nameEnd = lt + 2 + name.utf8.count
                if nameEnd < bytes.count, lowercased(lt + 2..<nameEnd) == name, Self.isSpace(bytes[nameEnd]) || bytes[nameEnd] == UInt8(ascii: ">") {
                    if lt > at { text = at }
                    at = lt
                    try endTag(in: &outline)
                    return
                }
                search = lt + 2
            }
            throw Irregular()
        }

        /// Ends the text run being read, if one is, as a child node of the open element. Text
        /// straight inside a table element is moved out of it by a browser, and outside `<body>`
        /// only white space is kept where it is.
        private mutating func endText(in outline: inout PageOutline) throws(Irregular) {
            guard let start = text else { return }
            text = nil
            let blank = bytes[start..<at].allSatisfy { Self.isSpace($0) }
            guard let parent = open.last.map({ (name: outline.elements[$0].name, foreign: outline.elements[$0].foreign, kind: outline.elements[$0].kind) }) else {
                if blank { return }
                throw Irregular()
            }
            if !blank, !parent.foreign, parent.name == "html" || parent.name == "head" || parent.kind.contains(.table) && PageOutline.tableContent[parent.name] != nil {
                throw Irregular()
            }
            if parent.name == "html" && !parent.foreign { return }
            add(Child(range: start..<at, element: nil), in: &outline)
        }

        private func add(_ child: Child, in outline: inout PageOutline) {
            if let parent = open.last { outline.elements[parent].children.append(child) }
        }

        private mutating func readName() -> String {
            let start = at
            while at < bytes.count, !Self.isSpace(bytes[at]), bytes[at] != UInt8(ascii: ">"), bytes[at] != UInt8(ascii: "/") { at += 1 }
            return lowercased(start..<at)
        }

        private func lowercased(_ range: Range<Int>) -> String {
            let name = bytes[range]
            guard name.contains(where: { $0 >= 65 && $0 <= 90 }) else { return String(decoding: name, as: UTF8.self) }
            return String(decoding: name.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }

        private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
        private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }

        private func starts(with prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard at + count <= bytes.count else { return false }
            return prefix.withUTF8Buffer { p in (0..<count).allSatisfy { bytes[at + $0] == p[$0] } }
        }

        private func find(_ byte: UInt8, from start: Int) -> Int? {
            bytes[start...].firstIndex(of: byte)
        }

        private func find(_ needle: StaticString, from start: Int) -> Int? {
            needle.withUTF8Buffer { n in
                var i = start
                while let first = find(n[0], from: i), first + n.count <= bytes.count {
                    if (1..<n.count).allSatisfy({ bytes[first + $0] == n[$0] }) { return first }
                    i = first + 1
                }
                return nil
            }
        }
    }
}
