import Foundation

/// The files every page shares, written once into `assets/` of the output folder: the stylesheet
/// and KaTeX's stylesheet and fonts (from Debian's `libjs-katex` and `fonts-katex`), so pages work
/// offline.
enum Assets {
    /// Where Debian keeps KaTeX's stylesheet and script.
    static let katexDirectory = ProcessInfo.processInfo.environment["WEAVE_KATEX_DIR"] ?? "/usr/share/javascript/katex"
    /// Where Debian keeps KaTeX's fonts.
    static let fontDirectory = ProcessInfo.processInfo.environment["WEAVE_KATEX_FONTS"] ?? "/usr/share/fonts/truetype/katex"

    /// Whether KaTeX's stylesheet is installed.
    static var katexAvailable: Bool {
        FileManager.default.fileExists(atPath: katexDirectory + "/katex.min.css")
    }

    /// Writes the assets into `output/assets`; `withScript` also copies `katex.min.js` (for
    /// client-side typesetting).
    static func write(to output: String, withScript: Bool) throws(WeaveError) {
        let assets = output + "/assets"
        try OutputFile.write(Stylesheet.css, to: assets + "/weave.css")
        guard katexAvailable else { return }
        var files = ["katex.min.css"]
        if withScript { files.append("katex.min.js") }
        for file in files { try OutputFile.copy(katexDirectory + "/" + file, to: assets + "/katex/" + file) }
        let fonts = (try? FileManager.default.contentsOfDirectory(atPath: fontDirectory)) ?? []
        for font in fonts.sorted() where font.hasSuffix(".woff2") || font.hasSuffix(".woff") || font.hasSuffix(".ttf") {
            try OutputFile.copy(fontDirectory + "/" + font, to: assets + "/katex/fonts/" + font)
        }
    }
}

/// Writes output files whole or not at all: to a temporary name in the same folder, then renamed.
enum OutputFile {
    /// Writes `text` to `path`, creating folders as needed.
    static func write(_ text: String, to path: String) throws(WeaveError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path` atomically, skipping the write when the file already holds it.
    static func write(_ data: Data, to path: String) throws(WeaveError) {
        let url = URL(fileURLWithPath: path)
        if FileManager.default.contents(atPath: path) == data { return }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw .cannotWrite(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Copies the file at `source` to `path` atomically.
    static func copy(_ source: String, to path: String) throws(WeaveError) {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw .unreadable(path: source, reason: "missing asset")
        }
        try write(data, to: path)
    }
}
