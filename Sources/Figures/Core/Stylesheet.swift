/// The figure's style sheet, every selector scoped under the figure's root
/// id so several figures (and the page) never clash. Ink is `currentColor`,
/// so text, axes and contour shading follow the page's light or dark
/// theme; halos use the `Canvas` system colour (the page background under
/// its `color-scheme`) unless `--weave-figure-bg` says otherwise.
enum Stylesheet {
    /// CSS for a figure whose root element has id `id`.
    static func css(id: String, animation: Animation?) -> String {
        let r = "#\(id)"
        let halo = "var(--weave-figure-bg,Canvas)"
        var css = "\(r){font-family:var(--weave-figure-font,system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"Noto Sans CJK SC\",\"PingFang SC\",sans-serif);"
        css += "font-size:11px;font-variant-numeric:tabular-nums;overflow:visible}"
        css += Palette.declarations(root: r)
        css += "\(r) text{fill:currentColor}"
        css += "\(r) .ti{font-size:13.5px;font-weight:600}"
        css += "\(r) .pt{font-weight:600;font-size:11.5px}"
        css += "\(r) .tk{font-size:10px;fill-opacity:.72}"
        css += "\(r) .al{fill-opacity:.9}"
        css += "\(r) .gr{fill:none;stroke:currentColor;stroke-opacity:.09}"
        css += "\(r) .ax{fill:none;stroke:currentColor;stroke-opacity:.5}"
        css += "\(r) .bd{fill:currentColor;fill:color-mix(in srgb,currentColor 45%,#3f6796);fill-rule:evenodd}"
        css += "\(r) .iso{fill:none;stroke:currentColor;stroke-opacity:.3;stroke-width:.6}"
        css += "\(r) .ln{fill:none;stroke:currentColor;stroke-width:1.9;stroke-linejoin:round;stroke-linecap:round}"
        css += "\(r) .cs{fill:none;stroke:\(halo);stroke-opacity:.75;stroke-width:4;stroke-linejoin:round;stroke-linecap:round}"
        css += "\(r) .cv{fill:none;stroke:currentColor;stroke-opacity:.8;stroke-width:1.4}"
        css += "\(r) .ar{fill:currentColor;fill-opacity:.17}"
        css += "\(r) .mk{fill:currentColor;stroke:\(halo);stroke-width:1}"
        css += "\(r) .st{fill:\(halo);stroke:currentColor;stroke-width:1.8}"
        css += "\(r) .en{fill:currentColor;stroke:\(halo);stroke-width:1.4}"
        css += "\(r) .bar{fill:currentColor}"
        css += "\(r) .op{fill:none;stroke:currentColor;stroke-width:1.6;stroke-linecap:round}"
        if let animation {
            let cycle = animation.duration + animation.hold
            css += "\(r) .gh{stroke-opacity:.22}"
            css += "\(r) .hd{fill:currentColor;stroke:\(halo);stroke-width:1.4}"
            css += "\(r) .an{animation:\(NumberFormat.compact(cycle, significant: 4))s linear infinite both}"
            css += "\(r):has(.pp input:checked) .an{animation-play-state:paused}"
            css += "\(r) .pp{float:right;display:inline-flex;align-items:center;cursor:pointer;font-size:11px;line-height:1;font-family:inherit;color:inherit;user-select:none}"
            css += "\(r) .pp input{position:absolute;opacity:0;width:1px;height:1px;margin:0}"
            css += "\(r) .pp span{border:1px solid color-mix(in srgb,currentColor 40%,transparent);border-radius:4px;padding:3px 8px}"
            css += "\(r) .pp:hover span{border-color:currentColor}"
            css += "\(r) .pp input:focus-visible+span{outline:2px solid var(--c0);outline-offset:1px}"
            css += "\(r) .pp span::before{content:\"❚❚\\2002pause\"}"
            css += "\(r) .pp input:checked+span::before{content:\"▶\\FE0E\\2002play\"}"
            css += "@media (prefers-reduced-motion:reduce){\(r) .an{animation:none}\(r) .hd,\(r) .pp{display:none}\(r) .gh{stroke-opacity:1}}"
            css += "@media print{\(r) .an{animation:none}\(r) .hd,\(r) .pp{display:none}\(r) .gh{stroke-opacity:1}}"
        }
        return css
    }
}
