/// An explorable figure as an HTML fragment: one slider per parameter, the
/// figure of an `ExplorableChart` (shared geometry once, one overlay per
/// variant), a readout of the chosen variant (its values and measured
/// numbers, which is also its text alternative) and a table of every variant.
///
/// Variant k is the combination of parameter values in row-major order, the
/// first parameter varying slowest. Switching is a few lines of inline script
/// that moves the class `on` to the elements of the chosen variant; without
/// script the sliders stay hidden and the page shows the selected variant and
/// the table. Nothing is loaded from anywhere. The fragment is byte-for-byte
/// deterministic.
public struct ExplorableFigure: Sendable {
    /// One parameter the reader chooses: its name and its values as shown.
    public struct Parameter: Sendable {
        /// The name shown beside the slider, such as `eta`.
        public var name: String
        /// The values, formatted for display.
        public var values: [String]

        /// A parameter named `name` taking `values`.
        public init(name: String, values: [String]) {
            self.name = name
            self.values = values
        }
    }

    /// The parameters, slowest-varying first.
    public var parameters: [Parameter]
    /// Titles of the measured numbers, such as "final loss".
    public var measures: [String]
    /// For each variant, its measured numbers formatted for display.
    public var rows: [[String]]
    /// The figure; its chart should be an `ExplorableChart` with one overlay per row.
    public var figure: Figure
    /// The variant shown first.
    public var selected: Int

    /// An explorable figure; `rows` has one entry per combination of parameter values.
    public init(parameters: [Parameter], measures: [String], rows: [[String]], figure: Figure, selected: Int) {
        self.parameters = parameters
        self.measures = measures
        self.rows = rows
        self.figure = figure
        self.selected = selected
    }

    /// A measured number as the readout shows it: about three significant digits.
    public static func format(_ value: Double) -> String {
        NumberFormat.compact(value, significant: 3)
    }

    /// The parameter values of variant `index`, one per parameter.
    public func values(of index: Int) -> [String] {
        var rest = index
        var values: [String] = []
        for parameter in parameters.reversed() {
            values.append(parameter.values[rest % parameter.values.count])
            rest /= parameter.values.count
        }
        return values.reversed()
    }

    /// The sentence describing variant `index`: its values, then its measured numbers.
    public func description(of index: Int) -> String {
        let settings = zip(parameters, values(of: index)).map { "\($0.name) = \($1)" }.joined(separator: ", ")
        let numbers = zip(measures, rows[index]).map { "\($0) \($1)" }.joined(separator: ", ")
        return numbers.isEmpty ? settings : "\(settings): \(numbers)"
    }

    /// The fragment; `idPrefix` is the figure's id (such as `"fig3"`), the
    /// fragment's own is `idPrefix-x`.
    public func html(idPrefix: String) -> String {
        let id = "\(idPrefix)-x"
        var out = SVGWriter(capacity: 1 << 16)
        out.raw("<div class=\"wx\"")
        out.attr("id", id)
        out.raw("><style>")
        out.raw(Self.css(id: id))
        out.raw("</style><div class=\"wx-controls\" role=\"group\" hidden")
        out.attr("aria-label", "Parameters of \(figure.title ?? "the figure")")
        out.raw(">")
        let chosen = values(of: selected)
        for (parameter, value) in zip(parameters, chosen) {
            let position = parameter.values.firstIndex(of: value) ?? 0
            out.raw("<label><span>")
            out.text(parameter.name)
            out.raw("</span><input type=\"range\" min=\"0\"")
            out.attr("max", "\(parameter.values.count - 1)")
            out.attr("value", "\(position)")
            out.attr("data-name", parameter.name)
            out.attr("data-values", parameter.values.joined(separator: "|"))
            out.attr("aria-valuetext", "\(parameter.name) = \(value)")
            out.raw("><output>")
            out.text(value)
            out.raw("</output></label>")
        }
        out.raw("</div><div class=\"wx-readouts\" aria-live=\"polite\">")
        for index in rows.indices {
            out.raw(index == selected ? "<p class=\"on\"" : "<p")
            out.raw(" data-variant=\"\(index)\">")
            out.text(description(of: index))
            out.raw("</p>")
        }
        out.raw("</div><div class=\"wx-scroll\">")
        out.raw(figure.svg(idPrefix: idPrefix))
        out.raw("</div><details><summary>")
        out.text("All \(rows.count) variants")
        out.raw("</summary><div class=\"table-wrap\"><table class=\"result\"><thead><tr>")
        for title in parameters.map(\.name) + measures {
            out.raw("<th>")
            out.text(title)
            out.raw("</th>")
        }
        out.raw("</tr></thead><tbody>")
        for (index, row) in rows.enumerated() {
            out.raw(index == selected ? "<tr class=\"on\"" : "<tr")
            out.raw(" data-variant=\"\(index)\">")
            for cell in values(of: index) + row {
                out.raw("<td>")
                out.text(cell)
                out.raw("</td>")
            }
            out.raw("</tr>")
        }
        out.raw("</tbody></table></div></details><script>")
        out.raw(Self.script)
        out.raw("</script></div>")
        return out.string
    }

    /// The fragment's style, scoped under its id: the chosen variant's overlay and readout show,
    /// the others do not.
    static func css(id: String) -> String {
        let r = "#\(id)"
        return "\(r){text-align:left}"
            + "\(r) .wx-controls:not([hidden]){display:flex;flex-wrap:wrap;gap:.3rem 1.6rem;margin:0 0 .3rem}"
            + "\(r) .wx-controls label{display:inline-flex;align-items:center;gap:.55rem;font-variant-numeric:tabular-nums}"
            + "\(r) .wx-controls span{font-style:italic;font-weight:600}"
            + "\(r) .wx-controls input{width:9rem;margin:0;accent-color:var(--accent,#2f6db3)}"
            + "\(r) .wx-controls output{min-width:3.6rem}"
            + "\(r) .wx-readouts p{margin:0 0 .3rem;font-size:.92rem;font-variant-numeric:tabular-nums}"
            + "\(r) .wx-readouts p:not(.on),\(r) .xv:not(.on){display:none}"
            + "\(r) .wx-scroll{overflow-x:auto}"
            + "\(r) .wx-scroll>svg{display:block;margin:0 auto;min-width:36rem}"
            + "@media print{\(r) .wx-scroll>svg{min-width:0}\(r) .wx-controls{display:none}}"
            + "\(r) details{margin-top:.4rem;font-size:.9rem}"
            + "\(r) summary{cursor:pointer}"
            + "\(r) tr.on td{font-weight:600}"
    }

    /// Shows the controls, and on every change moves the class `on` to the elements of the
    /// variant the sliders choose (row-major, first slider slowest) and updates each slider's
    /// shown value and spoken text. A second figure on the page runs it again; it skips figures
    /// already set up.
    static let script = """
    (()=>{for(const x of document.querySelectorAll(".wx:not([data-ready])")){x.dataset.ready="";\
    const s=[...x.querySelectorAll("input[type=range]")],f=()=>{let k=0;for(const i of s){const v=i.dataset.values.split("|");\
    k=k*v.length+ +i.value;i.nextElementSibling.value=v[i.value];i.setAttribute("aria-valuetext",i.dataset.name+" = "+v[i.value])}\
    for(const e of x.querySelectorAll("[data-variant]"))e.classList.toggle("on",e.dataset.variant==k)};\
    for(const i of s)i.oninput=f;x.firstElementChild.nextElementSibling.hidden=false;f()}})()
    """
}
