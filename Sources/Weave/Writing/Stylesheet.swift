/// `assets/weave.css`: the look of every page — readable serif text for English and Chinese,
/// a contents sidebar on wide screens, dark mode, and a print layout.
///
/// Chinese (a page or an element whose `lang` is `zh`) is set in the CJK faces first, so that its
/// punctuation is full width and its Latin letters and figures match the Han characters; with a
/// taller line, strict line breaking (no closing punctuation or small kana at the start of a line),
/// the browser's spacing between Han and Latin text (`text-autospace`: nothing is inserted into
/// the text, and none in code or formulas), emphasis in bold instead of an oblique that CJK fonts
/// do not have, and justified paragraphs. Only fonts on the reader's
/// machine are used: nothing is fetched.
enum Stylesheet {
    /// The stylesheet's text.
    static let css = #"""
        :root {
          --bg: #fdfcf9; --fg: #1f2328; --muted: #5b6370; --rule: #e3e0d8; --accent: #0a5fb4;
          --code-bg: #f4f2ec; --card-bg: #ffffff; --ok: #1a7f37; --bad: #c62828; --warn: #9a6700;
          --kw: #a626a4; --ty: #0b6e99; --nu: #b35c00; --st: #2e7d32; --cm: #7b8189; --lb: #6f42c1; --at: #a626a4;
          --measure: 46rem; --shade: rgba(0, 0, 0, .2); --surface: var(--bg);
          --serif: "Charter", "Bitstream Charter", "Source Serif Pro", "Noto Serif", Georgia,
            "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", serif;
          --sans: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif;
          color-scheme: light dark;
        }
        /* Math-like symbols in Chinese text (‖ × − √ ≈ ±, arrows, super- and subscripts) come from a Latin
           face: the CJK faces draw many of them full width, which spreads "‖g‖" or "1/√t" apart. */
        @font-face { font-family: "Weave Symbols Serif"; src: local("Noto Serif"), local("DejaVu Serif"), local("Cambria"), local("STIX Two Text");
          unicode-range: U+B1-B3, U+B9, U+D7, U+F7, U+2016, U+2032-2033, U+2070-209F, U+2190-21FF, U+2200-22FF; }
        @font-face { font-family: "Weave Symbols Sans"; src: local("Noto Sans"), local("DejaVu Sans"), local("Segoe UI"), local("Helvetica Neue");
          unicode-range: U+B1-B3, U+B9, U+D7, U+F7, U+2016, U+2032-2033, U+2070-209F, U+2190-21FF, U+2200-22FF; }
        :lang(zh) {
          --serif: "Weave Symbols Serif", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", serif;
          --sans: "Weave Symbols Sans", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", system-ui, sans-serif;
          --weave-figure-font: var(--sans);
          line-break: strict; text-autospace: normal;
        }
        :lang(zh) :is(code, pre, .katex, svg) { text-autospace: no-autospace; }
        /* Emphasis marks under the characters (着重号) would make the lines that have them taller. */
        :lang(zh) :is(em, i) { font-style: normal; font-weight: 700; }
        /* A reference list's titles are Latin bibliographic italics, not emphasis. */
        :lang(zh) .references :is(em, i) { font-style: italic; font-weight: inherit; }
        :lang(zh) :is(.cm, caption) { font-style: normal; }
        /* A column is at least as wide as the words of its heading, so a narrow table scrolls instead of
           stacking its heading one character a line. */
        :lang(zh) th { word-break: keep-all; }
        :lang(zh) :is(h1, h2, h3, h4) { letter-spacing: 0; text-wrap: balance; }
        :lang(zh) :is(p, li) { text-wrap: pretty; }
        @media (min-width: 40rem) { main p:lang(zh) { text-align: justify; } }
        :is(p, li, blockquote, td)[lang|="zh"] { line-height: 1.8; }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #15171b; --fg: #e6e6e3; --muted: #a3a9b3; --rule: #30343b; --accent: #6cb6ff;
            --code-bg: #1e2127; --card-bg: #1b1e23; --ok: #57c26b; --bad: #ff7b72; --warn: #e3b341;
            --kw: #d68ce6; --ty: #5fc3e4; --nu: #f0a45d; --st: #8fd18f; --cm: #8b929c; --lb: #b392f0; --at: #d68ce6;
            --shade: rgba(255, 255, 255, .22);
          }
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body {
          margin: 0; background: var(--bg); color: var(--fg);
          font: 18px/1.65 var(--serif);
          text-rendering: optimizeLegibility;
        }
        :lang(zh) body, body:lang(zh) { line-height: 1.8; }
        .layout { display: flex; gap: 3rem; max-width: 78rem; margin: 0 auto; padding: 2.5rem 1.5rem 3rem; }
        main { flex: 1; min-width: 0; max-width: var(--measure); }
        .toc, .sidebar { width: 15rem; flex: none; position: sticky; top: 1.5rem; align-self: flex-start;
          max-height: calc(100vh - 3rem); overflow: auto; font: 0.85rem/1.5 var(--sans); }
        .toc { order: 2; }
        .toc-title { font-weight: 600; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 .5rem; font-size: .75rem; }
        .toc ul, .sidebar ul, .sidebar ol { list-style: none; margin: 0; padding: 0; }
        .toc ul ul, .sidebar ul ul { padding-left: .9rem; }
        .toc li, .sidebar li { margin: .2rem 0; }
        .toc a, .sidebar .sections a { color: var(--muted); text-decoration: none; }
        .toc a:hover, .sidebar a:hover { color: var(--accent); }
        .course-title { font-weight: 700; font-size: .95rem; line-height: 1.3; margin: 0 0 .9rem; }
        .sidebar a { color: var(--fg); text-decoration: none; }
        .course-notes > li { margin: .55rem 0; }
        .search { margin: 0 0 1rem; }
        .search input { width: 100%; font: inherit; padding: .35rem .6rem; border: 1px solid var(--rule); border-radius: 6px;
          background: var(--card-bg); color: var(--fg); }
        .search input:focus { outline: 2px solid var(--accent); outline-offset: 0; }
        .sidebar .search-results:not(:empty) { margin: .5rem 0 0; padding: .3rem 0; border-bottom: 1px solid var(--rule); }
        .search-results li { margin: 0 0 .6rem; }
        .search-results a { color: var(--accent); font-weight: 600; }
        .search-snippet { display: block; color: var(--muted); font-size: .8rem; overflow-wrap: anywhere; }
        .sidebar a[aria-current="page"] { color: var(--accent); font-weight: 600; }
        .sidebar .sections { margin: .35rem 0 .5rem .15rem; padding-left: .75rem; border-left: 2px solid var(--rule); }
        .pager { display: flex; gap: 1rem; margin: 3rem 0 0; padding-top: 1.5rem; border-top: 1px solid var(--rule);
          font: .95rem/1.4 var(--sans); }
        .pager a { display: flex; flex-direction: column; gap: .2rem; max-width: 48%; padding: .6rem .9rem; border: 1px solid var(--rule);
          border-radius: 8px; text-decoration: none; }
        .pager a:hover { border-color: var(--accent); }
        .pager .next { margin-left: auto; text-align: right; }
        .pager .direction { font-size: .8rem; color: var(--muted); }
        .pager-title { font-weight: 600; }
        @media (max-width: 62rem) {
          .layout { display: block; padding-top: 1.5rem; }
          .layout.course { display: flex; flex-direction: column; gap: 0; }
          .sidebar { order: 2; align-self: stretch; position: static; width: auto; max-height: none; margin-top: 2.5rem; padding-top: 1.5rem; border-top: 1px solid var(--rule); }
          .toc { position: static; width: auto; max-height: none; border: 1px solid var(--rule); border-radius: 8px; padding: .75rem 1rem; margin-bottom: 2rem; }
        }
        @media (max-width: 40rem) {
          .layout { padding-left: 1rem; padding-right: 1rem; }
          body { font-size: 17px; }
        }
        /* A heading or a code span that is one long identifier (the reference's `init(lr:betas:eps:…)`)
           breaks inside it rather than widening a phone's page. */
        h1, h2, h3, h4 { font-family: var(--sans); line-height: 1.25; letter-spacing: -0.01em; overflow-wrap: break-word; }
        h1 { font-size: 2.1rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.5rem; margin: 2.6rem 0 .8rem; padding-bottom: .3rem; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1.2rem; margin: 2rem 0 .6rem; }
        h4 { font-size: 1.05rem; margin: 1.6rem 0 .5rem; }
        .anchor { margin-left: .4rem; color: var(--rule); text-decoration: none; font-weight: 400; visibility: hidden; }
        h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, h4:hover .anchor { visibility: visible; }
        .title-block { margin-bottom: 2rem; }
        .crumbs { font: .85rem var(--sans); margin-bottom: 1rem; }
        .languages { float: right; margin: 0 0 .5rem 1rem; font: .85rem/1.5 var(--sans); color: var(--muted); }
        .languages strong { color: var(--fg); font-weight: 600; }
        .languages ~ h1 { clear: both; }
        .subtitle { font-size: 1.2rem; color: var(--muted); margin: .2rem 0; }
        .byline { color: var(--muted); font-size: .95rem; margin: .3rem 0; }
        a { color: var(--accent); text-underline-offset: .15em; }
        p, ul, ol, blockquote, .table-wrap, pre { margin: 0 0 1.1rem; }
        blockquote { margin-left: 0; padding: .1rem 1.1rem; border-left: 3px solid var(--rule); color: var(--muted); }
        .callout { --callout: var(--accent); margin: 0 0 1.1rem; padding: .6rem 1.1rem .1rem; border-left: 4px solid var(--callout);
          border-radius: 0 8px 8px 0; --surface: color-mix(in srgb, var(--callout) 7%, var(--bg)); background: var(--surface); }
        .callout.tip { --callout: var(--ok); }
        .callout.important { --callout: var(--lb); }
        .callout.warning { --callout: var(--warn); }
        .callout.caution { --callout: var(--bad); }
        .callout-title { margin: 0 0 .4rem; color: var(--callout); font: 600 .9rem/1.4 var(--sans);
          text-transform: uppercase; letter-spacing: .05em; }
        hr { border: none; border-top: 1px solid var(--rule); margin: 2.5rem 0; }
        img, svg { max-width: 100%; height: auto; }
        code, pre { font-family: "JetBrains Mono", "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; font-size: .86em; }
        :not(pre) > code { background: var(--code-bg); padding: .1em .3em; border-radius: 4px; overflow-wrap: break-word; }
        pre { --cue-bg: var(--code-bg); padding: .9rem 1.1rem; border-radius: 8px; overflow-x: auto; line-height: 1.5; }
        /* Whatever scrolls sideways shows a shade at the edge where more is hidden (covered by the
           element's own background, or that of the surface it stands on, when that edge is reached). */
        pre, .table-wrap, .plot-scroll, .math.display {
          background-color: var(--cue-bg, var(--surface));
          background-image: linear-gradient(to right, var(--cue-bg, var(--surface)) 40%, transparent), linear-gradient(to left, var(--cue-bg, var(--surface)) 40%, transparent),
            linear-gradient(to right, var(--shade), transparent), linear-gradient(to left, var(--shade), transparent);
          background-position: left center, right center, left center, right center;
          background-size: 2rem 100%, 2rem 100%, .9rem 100%, .9rem 100%;
          background-repeat: no-repeat;
          background-attachment: local, local, scroll, scroll;
        }
        pre code { font-size: 1em; }
        .kw { color: var(--kw); } .ty { color: var(--ty); } .nu { color: var(--nu); } .st { color: var(--st); }
        .cm { color: var(--cm); font-style: italic; } .lb { color: var(--lb); } .at { color: var(--at); }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; font-size: .95rem; font-variant-numeric: tabular-nums; }
        th, td { padding: .4rem .8rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
        thead th { border-bottom: 2px solid var(--fg); text-align: left; }
        table.result caption { caption-side: top; text-align: left; padding: 0 0 .3rem; font-style: italic; }
        .equation { margin: 0 0 1.1rem; }
        .math.display { display: block; overflow-x: auto; overflow-y: hidden; }
        /* A numbered formula: the number follows the formula in a row instead of being drawn at the
           right edge over it, so a formula wider than the column scrolls with its number. */
        .math.display .katex-display > .katex > .katex-html:has(> .tag) { display: flex; align-items: center; }
        .math.display .katex-display > .katex > .katex-html:has(> .tag)::before { content: ""; flex: 1 0 0; }
        .math.display .katex-display > .katex > .katex-html > .tag { position: static; flex: 1 0 0; min-width: max-content; padding-left: 1.5em; text-align: right; }
        .katex { font-size: 1.08em; }
        .katex-display { margin: .8rem 0; }
        .math-error code, .value.error { color: var(--bad); }
        .math-error { text-decoration: wavy underline var(--bad); }
        /* References and citations are underlined, like every link in text: colour alone does not
           tell a link from the words around it. */
        .ref { text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: .15em; }
        .nowrap { white-space: nowrap; }
        /* A formula inside still breaks where KaTeX lets it (between relations and operators); only the
           punctuation after it stays with its last part. */
        .nowrap > .math { white-space: normal; }
        .value { font-variant-numeric: tabular-nums; }
        figure { margin: 0 0 1.4rem; }
        figure.experiment > pre.code { margin-bottom: 0; border-radius: 8px 8px 0 0; }
        figure.experiment > pre.code:last-child { border-radius: 8px; }
        figure.experiment > figcaption { font: .85rem var(--sans); color: var(--muted); margin-bottom: .3rem; }
        pre.output { --cue-bg: var(--surface); border: 1px solid var(--rule); border-top: none; border-radius: 0 0 8px 8px; margin: 0; }
        figure.experiment > pre.output:first-child, figure.experiment > figcaption + pre.output { border-top: 1px solid var(--rule); border-radius: 8px; }
        pre.output.error { color: var(--bad); white-space: pre-wrap; }
        pre.output + pre.output { border-top: 1px dashed var(--rule); border-radius: 0 0 8px 8px; }
        figure.experiment.failed > pre.code { box-shadow: inset 3px 0 0 var(--bad); }
        figure.plot { margin: 1rem 0 1.6rem; text-align: center; }
        /* Figures keep legible text on a phone: below their minimum width they scroll sideways. */
        .plot-scroll { overflow-x: auto; }
        .plot-scroll > svg { display: block; margin: 0 auto; min-width: 36rem; }
        figure.plot figcaption { font-size: .92rem; color: var(--muted); margin-top: .4rem; text-align: left; }
        .figure-number { font-weight: 600; color: var(--fg); }
        .check { --surface: var(--card-bg); border: 1px solid var(--rule); border-left: 4px solid var(--muted); border-radius: 8px; background: var(--surface);
          padding: .7rem 1rem; font-size: .95rem; }
        .check.passed { border-left-color: var(--ok); }
        .check.failed { border-left-color: var(--bad); }
        .check-head { display: flex; gap: .6rem; align-items: baseline; font-family: var(--sans); font-weight: 600; }
        .check .mark { font-size: 1.1rem; }
        .check.passed .mark, .expectations .ok { color: var(--ok); }
        .check.failed .mark, .expectations .bad { color: var(--bad); }
        .expectations { list-style: none; padding: 0; margin: .4rem 0; font: .9rem/1.55 var(--sans); }
        .expectations .detail { color: var(--muted); font-family: ui-monospace, monospace; font-size: .85em; margin-left: .4rem; }
        .check details summary, details.source summary { cursor: pointer; color: var(--muted); font: .85rem var(--sans); }
        figure.experiment > details.source { margin-top: .4rem; }
        figure.experiment > details.source pre { margin: .4rem 0 0; }
        .check-number { font-weight: 400; color: var(--muted); white-space: nowrap; }
        /* A caption is as wide as its table: a captioned table is made wide enough for a caption line. */
        table:has(> caption) { min-width: min(100%, 30rem); }
        table caption { caption-side: top; text-align: left; font-size: .92rem; color: var(--muted); padding: 0 0 .4rem; }
        .table-number { font-weight: 600; color: var(--fg); }
        ol.references { font-size: .95rem; padding-left: 2rem; }
        ol.references li { margin: 0 0 .5rem; overflow-wrap: anywhere; }
        ol.references li:target, .check:target, figure.plot:target, table:target, .equation:target { outline: 2px solid var(--accent); outline-offset: 4px; }
        .expectations details summary { font: inherit; color: inherit; }
        .expectations .expectations { margin: .2rem 0 .4rem 1.2rem; }
        .check details pre { margin: .5rem 0 0; }
        .page-footer { max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; color: var(--muted); font: .8rem var(--sans); }
        .note-list { padding-left: 1.5rem; }
        .note-list li { margin: 0 0 1rem; }
        .note-list a { font-weight: 600; font-size: 1.1rem; }
        .note-list .desc { display: block; color: var(--muted); }
        @media print {
          :root { --bg: #fff; --fg: #000; --code-bg: #f5f5f5; }
          body { font-size: 11pt; }
          .toc, .sidebar, .pager, .anchor, .crumbs, .page-footer { display: none; }
          .plot-scroll > svg { min-width: 0; }
          .layout { display: block; padding: 0; max-width: none; }
          main { max-width: none; }
          a { color: inherit; }
          pre, figure, .check, table, .equation { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          details > * { display: block; }
        }
        """#
}
