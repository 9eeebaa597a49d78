import CCmark

/// The one place that knows libcmark exists: parses CommonMark into weave's ``Block`` model.
///
/// cmark's node tree is walked once and every node is converted by a small function per kind;
/// the C tree is freed before returning, so nothing else handles C memory. Text still contains the
/// math and pipe placeholders of ``MathProtector``; later reading steps resolve them.
enum CommonMark {
    /// Parses `markdown` into blocks with source positions.
    static func parse(_ markdown: String) -> [Block] {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE
        let root: OpaquePointer? = markdown.withCString { cmark_parse_document($0, markdown.utf8.count, options) }
        guard let root else { return [] }
        defer { cmark_node_free(root) }
        return children(of: root, block)
    }

    /// `transform` applied to the children of `node`, dropping `nil`s (no intermediate array of
    /// child pointers).
    private static func children<T>(of node: OpaquePointer, _ transform: (OpaquePointer) -> T?) -> [T] {
        var result: [T] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            if let converted = transform(c) { result.append(converted) }
            child = cmark_node_next(c)
        }
        return result
    }

    private static func location(_ node: OpaquePointer) -> SourceLocation {
        SourceLocation(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func block(_ node: OpaquePointer) -> Block? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(of: node), location(node))
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), content: inlines(of: node), id: "", location(node))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(children(of: node, block))
        case CMARK_NODE_LIST:
            let items = children(of: node) { item in children(of: item, block) }
            return .list(
                List(
                    ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                    start: Int(cmark_node_get_list_start(node)),
                    tight: cmark_node_get_list_tight(node) != 0,
                    items: items))
        case CMARK_NODE_CODE_BLOCK:
            return .code(info: string(cmark_node_get_fence_info(node)), text: literal(node), location(node))
        case CMARK_NODE_HTML_BLOCK:
            return .html(literal(node))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        default:
            return nil
        }
    }

    private static func inlines(of node: OpaquePointer) -> [Inline] {
        let parent = location(node)
        return children(of: node) { inline($0, parent: parent) }
    }

    private static func inline(_ node: OpaquePointer, parent: SourceLocation) -> Inline? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node), parent)
        case CMARK_NODE_HTML_INLINE: return .html(literal(node))
        case CMARK_NODE_EMPH: return .emphasis(inlines(of: node, parent: parent))
        case CMARK_NODE_STRONG: return .strong(inlines(of: node, parent: parent))
        case CMARK_NODE_LINK:
            return .link(
                destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                content: inlines(of: node, parent: parent))
        case CMARK_NODE_IMAGE:
            return .image(
                source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                alt: inlines(of: node, parent: parent))
        default: return nil
        }
    }

    private static func inlines(of node: OpaquePointer, parent: SourceLocation) -> [Inline] {
        children(of: node) { inline($0, parent: parent) }
    }
}
