/// A code listing: Swift highlighted by ``SwiftHighlighter``, any other language escaped as is.
enum CodeBlock {
    /// The `<pre>` element for `code` in `language`.
    static func html(language: String, code: String) -> String {
        let body = language == "swift" ? SwiftHighlighter.highlight(code) : HTML.escape(code)
        return html(language: language, highlighted: body)
    }

    /// The `<pre>` element around code that is already escaped and highlighted. Like every box of
    /// the page that may scroll sideways, it takes the keyboard focus, so that it can be scrolled
    /// without a mouse.
    static func html(language: String, highlighted body: String) -> String {
        let cls = language.isEmpty ? "" : " class=\"language-\(HTML.escape(language))\""
        return "<pre class=\"code\" tabindex=\"0\"><code\(cls)>\(body)</code></pre>\n"
    }
}
