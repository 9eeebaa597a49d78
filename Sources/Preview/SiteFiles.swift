import Foundation

/// The files of the built site, as the preview serves them: a URL path is resolved inside the
/// output folder (never outside it), a folder's `index.html` stands for the folder, and an HTML
/// page gets the live-reload script added before `</body>` — only as served, never on disk.
struct SiteFiles: Sendable {
    /// The output folder.
    let root: String

    /// What to answer for a request.
    enum Answer: Equatable {
        /// A file's bytes and content type.
        case file(Data, type: String)
        /// A redirect to the folder's URL with a slash, so relative links resolve.
        case redirect(String)
        /// Not found: the site's `404.html` if it has one.
        case missing(Data?)
    }

    /// The answer for the URL `path` (percent-encoded, starting with `/`); HTML pages are given
    /// the script tag `inject`. A page in `pages` (HTML by its path in the output folder) is
    /// answered from there rather than from its file.
    func answer(_ path: String, inject: String, pages: [String: String] = [:]) -> Answer {
        let decoded = path.removingPercentEncoding ?? path
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") || $0.contains("\0") }) else {
            return .missing(notFoundPage(inject: inject))
        }
        var inside = parts.map(String.init)
        var file = ([root] + inside).joined(separator: "/")
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
            guard decoded.hasSuffix("/") else { return .redirect(path + "/") }
            file += "/index.html"
            inside.append("index.html")
        }
        if let page = pages[inside.joined(separator: "/")] {
            return .file(Self.inject(inject, into: Data(page.utf8)), type: Self.contentType(of: file))
        }
        guard let data = FileManager.default.contents(atPath: file) else { return .missing(notFoundPage(inject: inject)) }
        let type = Self.contentType(of: file)
        return .file(type.hasPrefix("text/html") ? Self.inject(inject, into: data) : data, type: type)
    }

    private func notFoundPage(inject: String) -> Data? {
        FileManager.default.contents(atPath: root + "/404.html").map { Self.inject(inject, into: $0) }
    }

    /// `page` with `tag` before its last `</body>` (at the end if it has none).
    static func inject(_ tag: String, into page: Data) -> Data {
        var page = page
        let at = page.range(of: Data("</body>".utf8), options: .backwards)?.lowerBound ?? page.endIndex
        page.insert(contentsOf: Data(tag.utf8), at: at)
        return page
    }

    /// The content type for a file name's extension.
    static func contentType(of file: String) -> String {
        switch URL(fileURLWithPath: file).pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "woff2": "font/woff2"
        case "woff": "font/woff"
        case "ttf": "font/ttf"
        case "xml": "application/xml"
        case "txt", "md": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
