#!/usr/bin/env python3
"""Checks a built site as a visitor and a screen reader would meet it.

1. Links: every relative link and resource (href, src) of every page resolves to a file of the
   site, and every #fragment to an element id of the page it points into.
2. Accessibility: axe-core runs in headless Chromium on every page, in light and dark mode, and
   the check fails on any serious or critical violation. axe-core's script is given as AXE_JS (an
   axe.min.js file); without it this part is skipped with a message.
3. Nothing hidden is published: the only dot-file in the site may be weave's `.weave-output`
   marker, which the publishing workflow removes before uploading.

usage: site_check.py SITE_DIR [AXE_JS]
"""
import html
import html.parser
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

site = pathlib.Path(sys.argv[1]).resolve()
axe = pathlib.Path(sys.argv[2]).resolve() if len(sys.argv) > 2 and sys.argv[2] else None
pages = sorted(site.rglob("*.html"))
problems = []


class Page(html.parser.HTMLParser):
    """The ids of a page and the relative URLs it uses."""

    def __init__(self):
        super().__init__()
        self.ids, self.urls = set(), []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("id", "name") and value and (name == "id" or tag == "a"):
                self.ids.add(value)
            if name in ("href", "src") and value is not None:
                self.urls.append((tag, value, self.getpos()[0]))


parsed = {}
for page in pages:
    p = Page()
    p.feed(page.read_text(encoding="utf-8"))
    parsed[page] = p

links = 0
for page, p in parsed.items():
    name = page.relative_to(site)
    for tag, url, line in p.urls:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme or url.startswith("//"):
            continue  # absolute: another site, or 404.html under --base-url
        links += 1
        target = page if not parts.path else (page.parent / urllib.parse.unquote(parts.path)).resolve()
        if target.is_dir():
            target = target / "index.html"
        if site not in target.parents and target != site:
            problems.append(f"{name}:{line}: <{tag}> {url} leaves the site")
            continue
        if not target.exists():
            problems.append(f"{name}:{line}: <{tag}> {url}: no file {target.relative_to(site)}")
            continue
        fragment = urllib.parse.unquote(parts.fragment)
        if fragment and target.suffix == ".html" and fragment not in parsed[target].ids:
            problems.append(f"{name}:{line}: <{tag}> {url}: {target.relative_to(site)} has no id '{fragment}'")

for hidden in sorted(site.rglob(".*")):
    if hidden.name != ".weave-output":
        problems.append(f"{hidden.relative_to(site)}: a hidden file in the site")

checked_a11y = 0
if axe and axe.exists():
    # axe runs on a copy of the site with two scripts added to each page; it writes what it found
    # into the page, which Chromium then dumps.
    runner = ("<script src=\"%s\"></script><script>axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
              "var p = document.createElement('pre'); p.id = 'axe-result'; p.textContent = JSON.stringify(r.violations.map(function (v) {"
              "return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; }));"
              "document.body.appendChild(p); });</script>") % axe.as_uri()
    with tempfile.TemporaryDirectory() as tmp:
        copy = pathlib.Path(tmp) / "site"
        shutil.copytree(site, copy)
        for page in pages:
            name = page.relative_to(site)
            target = copy / name
            target.write_text(target.read_text(encoding="utf-8").replace("</body>", runner + "</body>"), encoding="utf-8")
            for mode, flags in (("light", []), ("dark", ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"])):
                dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                                      "--virtual-time-budget=10000", "--window-size=1280,2000", *flags, "--dump-dom", target.as_uri()],
                                     capture_output=True, text=True, timeout=300)
                start = dom.stdout.find('<pre id="axe-result">')
                if start < 0:
                    problems.append(f"{name} ({mode}): axe did not report (chromium exit {dom.returncode})")
                    continue
                end = dom.stdout.find("</pre>", start)
                violations = json.loads(html.unescape(dom.stdout[start + len('<pre id="axe-result">'):end]))
                checked_a11y += 1
                for v in violations:
                    line = f"{name} ({mode}): {v['impact']}: {v['id']}: {v['help']} — {', '.join(v['nodes'][:5])}"
                    if v["impact"] in ("serious", "critical"):
                        problems.append(line)
                    else:
                        print("note:", line)
else:
    print("site check: no axe-core script given; accessibility pass skipped")

for p in problems:
    print(p)
print(f"site check: {len(pages)} pages, {links} relative links and anchors, "
      f"{checked_a11y} accessibility passes: {len(problems)} problems")
sys.exit(1 if problems else 0)
