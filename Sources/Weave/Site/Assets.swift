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
