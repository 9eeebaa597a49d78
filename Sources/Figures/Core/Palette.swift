/// The data colours: Okabe–Ito hues (safe for the common colour-vision
/// deficiencies), each in a light-mode shade with at least 3:1 contrast on
/// white and a dark-mode shade with at least 3:1 on near-black, picked with
/// CSS `light-dark()` (so the page's `color-scheme` decides). The last
/// slot is the page's own ink. Browsers without `light-dark()` get the
/// light shades, which still read on dark backgrounds.
enum Palette {
    /// (light, dark) hex colours, in assignment order.
    static let colors: [(light: String, dark: String)] = [
        ("#0072B2", "#4FA6E0"),  // blue
        ("#D55E00", "#F0803C"),  // vermillion
        ("#009E73", "#2CC295"),  // bluish green
        ("#B8568E", "#DE90BE"),  // reddish purple
        ("#A87200", "#E6A117"),  // orange
    ]

    /// Number of distinct colours, counting the ink slot.
    static var count: Int { colors.count + 1 }

    /// CSS custom property declarations `--c0 … --c5` for the figure root,
    /// with the `light-dark()` upgrade guarded by `@supports`.
    static func declarations(root: String) -> String {
        var plain = ""
        var adaptive = ""
        for (index, color) in colors.enumerated() {
            plain += "--c\(index):\(color.light);"
            adaptive += "--c\(index):light-dark(\(color.light),\(color.dark));"
        }
        plain += "--c\(colors.count):currentColor"
        var css = "\(root){\(plain)}"
        css += "@supports (color:light-dark(#000,#fff)){\(root){\(adaptive.dropLast())}}"
        for index in 0..<count {
            css += "\(root) .k\(index){color:var(--c\(index))}"
        }
        return css
    }
}
