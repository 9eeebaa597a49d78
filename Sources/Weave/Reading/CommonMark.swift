import CCmark
import Foundation

/// What the reader makes of cmark's content as the tree is converted: the text and literals
/// cmark saw still hold ``MathProtector``'s placeholders, and a paragraph may be a pipe table.
/// Resolving them during the one conversion walk means no later step rebuilds the blocks.
protocol CommonMarkContent: Sendable {
    /// Appends the inlines that a text node's bytes stand for.
    func text(_ bytes: UnsafeBufferPointer<UInt8>, into inlines: inout [Inline])
    /// The source that a literal (code, raw HTML, a link's destination or title) stands for.
    func literal(_ text: String) -> String
    /// Appends the blocks that a converted paragraph, heading or code block becomes.
    func leaf(_ block: Block, into blocks: inout [Block])
}

/// The one place that knows libcmark exists: parses CommonMark into weave's ``Block`` model.
///
/// cmark's node tree is walked once and every node is converted by a small function per kind;
/// the C tree is freed before returning, so nothing else handles C memory.
enum CommonMark {
    /// Parses `markdown` into blocks with source positions.
    ///
    /// A long document is parsed on all cores: cut into `pieces` where ``Cuts`` finds it safe
    /// (by default one per core for documents of at least ``LargeStack/parallelBytes``), or else,
    /// with at least `parallelBlocks` top-level blocks, converted in one chunk per core.
    static func parse(
        _ markdown: String, content: some CommonMarkContent, pieces: Int? = nil, parallelBlocks: Int = LargeStack.parallelBlocks
    ) -> [Block] {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            let text = Text(bytes: bytes)
            let pieces = pieces ?? (bytes.count >= LargeStack.parallelBytes ? ProcessInfo.processInfo.activeProcessorCount : 1)
            let cuts = Cuts.find(in: bytes, pieces: pieces)
            guard !cuts.isEmpty else { return parse(text, from: 0, to: bytes.count, firstLine: 1, content: content, parallelBlocks: parallelBlocks) }
            let bounds = [0] + cuts + [bytes.count]
            var firstLines = [1]
            for k in 1..<(bounds.count - 1) {
                firstLines.append(firstLines[k - 1] + bytes[bounds[k - 1]..<bounds[k]].count { $0 == UInt8(ascii: "\n") })
            }
            return LargeStack.map(bounds.count - 1) { [firstLines] k in
                parse(text, from: bounds[k], to: bounds[k + 1], firstLine: firstLines[k], content: content, parallelBlocks: .max)
            }.flatMap { $0 }
        }
    }

    /// The UTF-8 of the document, read by the threads parsing its pieces while `parse` waits.
    private struct Text: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
    }

    /// Parses `text[start..<end]`, whose first line is line `firstLine` of the document.
    private static func parse(
        _ text: Text, from start: Int, to end: Int, firstLine: Int, content: some CommonMarkContent, parallelBlocks: Int
    ) -> [Block] {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE
        let root: OpaquePointer? = text.bytes.baseAddress.map { base in
            base.withMemoryRebound(to: CChar.self, capacity: end) { cmark_parse_document($0 + start, end - start, options) }
        } ?? cmark_parse_document("", 0, options)
        guard let root else { return [] }
        defer { cmark_node_free(root) }
        var nodes: [Node] = []
        var child = cmark_node_first_child(root)
        while let c = child {
            nodes.append(Node(pointer: c))
            child = cmark_node_next(c)
        }
        // Converting reads each node and writes only the node itself (cmark makes a literal
        // NUL-terminated on first access), so disjoint subtrees convert on different threads.
        return LargeStack.chunked(nodes, minimum: parallelBlocks) { chunk in
            let converter = Converter(content: content, lineOffset: firstLine - 1)
            var blocks: [Block] = []
            for node in chunk { converter.block(node.pointer, into: &blocks) }
            return blocks
        }
    }

    /// A cmark node handed to a converting thread; cmark nodes carry no thread affinity.
    private struct Node: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    /// Converts cmark nodes, handing content to `content` as it goes.
    private struct Converter<Content: CommonMarkContent> {
        let content: Content
        /// Lines of the document before the parsed piece.
        let lineOffset: Int

        /// Converts `node` and appends the result to `blocks`.
        func block(_ node: OpaquePointer, into blocks: inout [Block]) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH:
                content.leaf(.paragraph(inlines(of: node), location(node)), into: &blocks)
            case CMARK_NODE_HEADING:
                let level = Int(cmark_node_get_heading_level(node))
                content.leaf(.heading(level: level, content: inlines(of: node), id: "", location(node)), into: &blocks)
            case CMARK_NODE_BLOCK_QUOTE:
                blocks.append(.blockQuote(children(of: node)))
            case CMARK_NODE_LIST:
                var items: [[Block]] = []
                var item = cmark_node_first_child(node)
                while let i = item {
                    items.append(children(of: i))
                    item = cmark_node_next(i)
                }
                let list = List(
                    ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, start: Int(cmark_node_get_list_start(node)),
                    tight: cmark_node_get_list_tight(node) != 0, items: items)
                blocks.append(.list(list))
            case CMARK_NODE_CODE_BLOCK:
                let info = string(cmark_node_get_fence_info(node))
                content.leaf(.code(info: info, text: content.literal(literal(node)), location(node)), into: &blocks)
            case CMARK_NODE_HTML_BLOCK:
                blocks.append(.html(content.literal(literal(node))))
            case CMARK_NODE_THEMATIC_BREAK:
                blocks.append(.thematicBreak)
            default:
                break
            }
        }

        /// The converted children of a container block.
        private func children(of node: OpaquePointer) -> [Block] {
            var blocks: [Block] = []
            var child = cmark_node_first_child(node)
            while let c = child {
                block(c, into: &blocks)
                child = cmark_node_next(c)
            }
            return blocks
        }

        private func inlines(of node: OpaquePointer) -> [Inline] {
            inlines(of: node, parent: location(node))
        }

        private func inlines(of node: OpaquePointer, parent: SourceLocation) -> [Inline] {
            // Room for every child and as many formulas again (a text node with formulas becomes
            // several inlines), so that the array seldom grows.
            var children = 0
            var child = cmark_node_first_child(node)
            while let c = child {
                children += 1
                child = cmark_node_next(c)
            }
            var result: [Inline] = []
            result.reserveCapacity(2 * children)
            child = cmark_node_first_child(node)
            while let c = child {
                inline(c, parent: parent, into: &result)
                child = cmark_node_next(c)
            }
            return result
        }

        private func inline(_ node: OpaquePointer, parent: SourceLocation, into inlines: inout [Inline]) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                guard let text = cmark_node_get_literal(node) else { return }
                text.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
                    content.text(UnsafeBufferPointer(start: bytes, count: strlen(text)), into: &inlines)
                }
            case CMARK_NODE_SOFTBREAK: inlines.append(.softBreak)
            case CMARK_NODE_LINEBREAK: inlines.append(.lineBreak)
            case CMARK_NODE_CODE:
                // libcmark places a code span at its first character after the backticks; the
                // parent's start stands in where it gives no position.
                let at = cmark_node_get_start_line(node) > 0 ? location(node) : parent
                inlines.append(.code(content.literal(literal(node)), at))
            case CMARK_NODE_HTML_INLINE: inlines.append(.html(content.literal(literal(node))))
            case CMARK_NODE_EMPH: inlines.append(.emphasis(self.inlines(of: node, parent: parent)))
            case CMARK_NODE_STRONG: inlines.append(.strong(self.inlines(of: node, parent: parent)))
            case CMARK_NODE_LINK:
                inlines.append(
                    .link(
                        destination: content.literal(string(cmark_node_get_url(node))),
                        title: content.literal(string(cmark_node_get_title(node))),
                        content: self.inlines(of: node, parent: parent)))
            case CMARK_NODE_IMAGE:
                inlines.append(
                    .image(
                        source: content.literal(string(cmark_node_get_url(node))),
                        title: content.literal(string(cmark_node_get_title(node))),
                        alt: self.inlines(of: node, parent: parent)))
            default:
                break
            }
        }

        private func location(_ node: OpaquePointer) -> SourceLocation {
            SourceLocation(line: lineOffset + Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
        }

        private func literal(_ node: OpaquePointer) -> String {
            string(cmark_node_get_literal(node))
        }

        private func string(_ pointer: UnsafePointer<CChar>?) -> String {
            pointer.map { String(cString: $0) } ?? ""
        }
    }
}
