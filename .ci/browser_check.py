#!/usr/bin/env python3
"""Renders every page of a built site in headless Chromium and fails on what a reader would see
broken: KaTeX error nodes, formulas weave could not typeset, resources that fail to load (fonts,
stylesheets), and console errors. Screenshots of every page at 1280 and 400 px wide, light and dark, go to
SHOTS_DIR (default <site>/../browser-shots/) for a person to look at; CI keeps them as artefacts.

Translated pages (a page with `<link rel="alternate" hreflang>`) must point at versions that exist,
are in the language they claim and point back; no page is wider than a 400 px phone screen (the element that sticks out is named);
and every Chinese page (`<html lang="zh…">`) is read
as a Chinese student on a phone (400 px) would, through Playwright: its text is set in a Simplified
Chinese CJK face with strict line breaking and a tall line, emphasis is not a slanted face, nothing
is wider than the screen, and the course search finds the page's own title words.

usage: browser_check.py SITE_DIR [SHOTS_DIR]
"""
import pathlib
import re
import shutil
import subprocess
import sys
import urllib.parse

from playwright.sync_api import sync_playwright

site = pathlib.Path(sys.argv[1]).resolve()
shots = pathlib.Path(sys.argv[2]).resolve() if len(sys.argv) > 2 else site.parent / "browser-shots"
shots.mkdir(parents=True, exist_ok=True)
pages = sorted(site.rglob("*.html"))
problems = []
common = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
          "--virtual-time-budget=3000", "--enable-logging=stderr", "--v=0"]
for page in pages:
    url = page.as_uri()
    dom = subprocess.run(common + ["--dump-dom", url], capture_output=True, text=True, timeout=120)
    name = page.relative_to(site)
    for line in dom.stderr.splitlines():
        if "Failed to load resource" in line or re.search(r'CONSOLE\(\d+\)\].*(error|Error)', line) or "ERR_FILE_NOT_FOUND" in line:
            problems.append(f"{name}: {line.strip()}")
    if dom.returncode != 0:
        problems.append(f"{name}: chromium exited with {dom.returncode}")
    if "katex-error" in dom.stdout:
        problems.append(f"{name}: KaTeX error node in the page")
    if "math-error" in dom.stdout:
        problems.append(f"{name}: a formula weave could not typeset")
    for css in re.findall(r'href="([^"]+\.css)"', dom.stdout):
        if not (page.parent / css).exists():
            problems.append(f"{name}: missing stylesheet {css}")
    # A desktop and a phone width: the phone is where wide formulas, code and figures used to break.
    for width in (1280, 400):
        for mode, flags in (("light", []), ("dark", ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"])):
            shot = shots / f"{str(name).replace('/', '_')}-{width}-{mode}.png"
            subprocess.run(common + flags + [f"--window-size={width},2400", f"--screenshot={shot}", url],
                           capture_output=True, timeout=120)
katex_css = site / "assets" / "katex" / "katex.min.css"
if katex_css.exists():
    for font in set(re.findall(r"url\((fonts/[^)]+\.woff2)\)", katex_css.read_text())):
        if not (katex_css.parent / font).exists():
            problems.append(f"assets: KaTeX font missing: {font}")
# Versions of a page in other languages: each exists, is in its language, and links back.
for page in pages:
    name = page.relative_to(site)
    text = page.read_text(encoding="utf-8")
    for lang, href in re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', text):
        target = (page.parent / urllib.parse.unquote(href)).resolve()
        if not target.exists():
            problems.append(f"{name}: hreflang {lang}: no page {href}")
            continue
        other = target.read_text(encoding="utf-8")
        if lang != "x-default" and not re.search(rf'<html lang="{re.escape(lang)}[-"]', other):
            problems.append(f"{name}: hreflang {lang}: {href} is not in that language")
        backs = re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)">', other)
        if not any((target.parent / urllib.parse.unquote(h)).resolve() == page for h in backs):
            problems.append(f"{name}: hreflang {lang}: {href} does not link back")

# A Chinese page as a student reads it on a phone.
chinese = [p for p in pages if re.search(r'<html lang="zh[-"]', p.read_text(encoding="utf-8"))]
READ = """() => {
  const p = document.querySelector("article > p");
  const em = document.querySelector("article p em");
  const style = getComputedStyle(p);
  return {
    lineBreak: style.lineBreak, lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
    emStyle: em ? getComputedStyle(em).fontStyle : "normal",
    switchShown: !document.querySelector('link[hreflang]') || !!document.querySelector("nav.languages")?.offsetHeight,
  };
}"""
# What sticks out of a phone's screen: the innermost elements past its right edge that no scrolling
# box (a wide formula's, a table's, code's) holds.
WIDER = """() => {
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= innerWidth + 0.5 || el.firstElementChild) continue;
    let box = el.parentElement;
    while (box && getComputedStyle(box).overflowX === "visible") box = box.parentElement;
    if (!box || box === document.body || box === document.documentElement)
      out.push(`${el.tagName.toLowerCase()} "${(el.textContent || "").trim().slice(0, 40)}" ends at ${Math.round(r.right)} px`);
  }
  return {overflow: document.documentElement.scrollWidth - innerWidth, culprits: out.slice(0, 3)};
}"""
with sync_playwright() as pw:
    browser = pw.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
    tab = browser.new_page(viewport={"width": 400, "height": 900})
    for page in pages:
        tab.goto(page.as_uri())
        tab.wait_for_load_state("load")
        seen = tab.evaluate(WIDER)
        if seen["overflow"] > 0:
            problems.append(f"{page.relative_to(site)}: {seen['overflow']} px wider than a 400 px screen: "
                            + "; ".join(seen["culprits"]))
    if chinese:
        cdp = tab.context.new_cdp_session(tab)
        for page in chinese:
            name = page.relative_to(site)
            tab.goto(page.as_uri())
            tab.wait_for_load_state("load")
            seen = tab.evaluate(READ)
            if seen["lineBreak"] != "strict" or seen["lineHeight"] < 1.7:
                problems.append(f"{name}: Chinese text breaks {seen['lineBreak']} at line height {seen['lineHeight']:.2f}")
            if seen["emStyle"] != "normal":
                problems.append(f"{name}: emphasis is {seen['emStyle']}, a slant the CJK faces do not have")
            if not seen["switchShown"]:
                problems.append(f"{name}: a translated page without a visible language switch")
            # The face Chromium actually draws the first paragraph with: a Simplified Chinese CJK one.
            cdp.send("DOM.enable")
            cdp.send("CSS.enable")
            root = cdp.send("DOM.getDocument")["root"]["nodeId"]
            node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "article > p"})["nodeId"]
            fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
            main = max(fonts, key=lambda f: f["glyphCount"])["familyName"] if fonts else "no font"
            if not re.search(r"CJK SC|Han (Serif|Sans) SC|Songti|PingFang|YaHei|SimSun|Hiragino Sans GB", main):
                problems.append(f"{name}: Chinese text drawn in {main}, not a Simplified Chinese face")
            # Search finds the page by the first two characters of its title.
            word = re.search(r"[\u4e00-\u9fff]{2}", tab.title())
            if word:
                tab.fill("form.search input", word.group(0))
                try:
                    tab.wait_for_selector(".search-results a", timeout=5000)
                except Exception:
                    problems.append(f"{name}: searching for {word.group(0)} finds nothing")
    browser.close()

for p in problems:
    print(p)
print(f"browser check: {len(pages) - len({p.split(':')[0] for p in problems})} passed, "
      f"{len({p.split(':')[0] for p in problems})} failed ({len(pages)} pages, {len(chinese)} read as Chinese, screenshots in {shots})")
sys.exit(1 if problems else 0)
