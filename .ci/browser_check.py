#!/usr/bin/env python3
"""Renders every page of a built site in headless Chromium and fails on what a reader would see
broken: KaTeX error nodes, formulas weave could not typeset, resources that fail to load (fonts,
stylesheets), and console errors. Screenshots of every page at 1280 and 400 px wide, light and dark, go to
SHOTS_DIR (default <site>/../browser-shots/) for a person to look at; CI keeps them as artefacts.

usage: browser_check.py SITE_DIR [SHOTS_DIR]
"""
import pathlib
import re
import subprocess
import sys

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
for p in problems:
    print(p)
print(f"browser check: {len(pages) - len({p.split(':')[0] for p in problems})} passed, "
      f"{len({p.split(':')[0] for p in problems})} failed ({len(pages)} pages, screenshots in {shots})")
sys.exit(1 if problems else 0)
