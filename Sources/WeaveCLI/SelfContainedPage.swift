import Foundation

/// Makes a written page stand alone: the stylesheets and scripts it links to from the output
/// folder are put inside it, and the fonts those stylesheets load become `data:` URLs, so the page
/// needs no other file (`weave --stdout`). Each font keeps only its WOFF2 source where it has one,
/// which every current browser reads; the other formats would triple the page for nothing.
enum SelfContainedPage {
    /// A local file the page refers to that is not there.
    struct MissingAsset: Error, CustomStringConvertible {
        /// The file's path.
        var path: String
        var description: String { "cannot inline \(path): no such file" }
    }

    /// `html` with every local `<link rel="stylesheet">` and `<script src>` replaced by the
    /// file's content, read relative to `folder` (the page's folder).
    static func inline(_ html: String, relativeTo folder: URL) throws -> String {
        let styled = try html.replacing(#/<link rel="stylesheet" href="([^"]+)">/#) { match in
            guard isLocal(match.1) else { return String(match.0) }
            let file = folder.appendingPathComponent(String(match.1))
            let css = try inlineFonts(in: try text(of: file), relativeTo: file.deletingLastPathComponent())
            return "<style>\n\(css)\n</style>"
        }
        return try styled.replacing(#/<script(?: defer)? src="([^"]+)"></script>/#) { match in
            guard isLocal(match.1) else { return String(match.0) }
            // An inline script runs where it stands: the page's own script waits for
            // DOMContentLoaded, so the order `defer` gave is kept.
            let script = try text(of: folder.appendingPathComponent(String(match.1)))
            return "<script>\n\(script.replacing("</script", with: "<\\/script"))\n</script>"
        }
    }

    /// `css` with each `src:` list reduced to its WOFF2 source (where it has one) and every local
    /// `url(…)` replaced by a `data:` URL of the file.
    private static func inlineFonts(in css: String, relativeTo folder: URL) throws -> String {
        let woff2Only = css.replacing(#/src:([^;}]*)/#) { match in
            let sources = match.1.split(separator: ",")
            guard sources.count > 1, let woff2 = sources.first(where: { $0.contains(".woff2)") }) else { return String(match.0) }
            return "src:" + woff2
        }
        return try woff2Only.replacing(#/url\(['"]?([^'")]+)['"]?\)/#) { match in
            guard isLocal(match.1) else { return String(match.0) }
            let file = folder.appendingPathComponent(String(match.1))
            guard let data = FileManager.default.contents(atPath: file.path) else { throw MissingAsset(path: file.path) }
            return "url(data:\(mediaType(of: file));base64,\(data.base64EncodedString()))"
        }
    }

    /// Whether a reference names a file beside the page rather than a URL of its own.
    private static func isLocal(_ reference: Substring) -> Bool {
        !reference.contains(":") && !reference.hasPrefix("//") && !reference.hasPrefix("#")
    }

    private static func text(of file: URL) throws -> String {
        guard let data = FileManager.default.contents(atPath: file.path) else { throw MissingAsset(path: file.path) }
        return String(decoding: data, as: UTF8.self)
    }

    private static func mediaType(of file: URL) -> String {
        switch file.pathExtension.lowercased() {
        case "woff2": "font/woff2"
        case "woff": "font/woff"
        case "ttf": "font/ttf"
        case "otf": "font/otf"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        default: "application/octet-stream"
        }
    }
}
