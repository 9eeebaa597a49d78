#!/usr/bin/env python3
"""Drives `weave preview` in headless Chromium the way an author uses it: open a page, edit the
note on disk, and require the page to reload by itself and show the edit (prose, then code), keep
its scroll position, show a build error over the page and clear it when fixed, load nothing from the
network, and stop cleanly on Ctrl-C (SIGINT).

Latency: five prose edits and five code edits of sgd.md are timed from the save to the page drawn
with the edit (the page marks the build it shows once drawn, with when it got and applied the
change). The targets are a median of 0.3 s for a prose edit and 1 s for a code edit (issue 14),
not met yet: a median over its target prints a warning, and only a gross regression, a median over
5 times the target, fails. Every figure is printed, with the load average.

The page updated in place must equal the page loaded afresh, and the pages the preview wrote must
be byte-identical to a cold build (no cache) of the edited notes.

The notes are copied to a temporary folder first: the course itself is never edited.

usage: preview_check.py WEAVE_EXECUTABLE NOTES_DIR
"""
import json
import os
import pathlib
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

from playwright.sync_api import sync_playwright

weave, notes = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
work = pathlib.Path(tempfile.mkdtemp(prefix="weave-preview-"))
shutil.copytree(notes, work / "notes")
sgd = work / "notes" / "sgd.md"
original = sgd.read_text()
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


log = open(work / "preview.log", "w+")
server = subprocess.Popen([str(weave), "preview", "notes", "--port", "0"], cwd=work,
                          stdout=subprocess.PIPE, stderr=log, text=True)
line = server.stdout.readline()
match = re.search(r"serving (http://127\.0\.0\.1:\d+/)", line)
if not match:
    server.kill()
    log.seek(0)
    sys.exit(f"weave preview did not start: {line!r} {log.read()}")
base = match.group(1)
print("preview at", base)


def edit(old, new):
    text = sgd.read_text()
    assert old in text, old
    sgd.write_text(text.replace(old, new, 1))
    return time.time()


def shown(page):
    return page.evaluate("document.documentElement.dataset.weavePreview || ''")


def timed(page, saved, before, kind, times):
    """Waits for the page to show a build after `before`; records the save-to-drawn time and
    prints its parts (from the page's timing mark)."""
    page.wait_for_function(f"() => (document.documentElement.dataset.weavePreview || '') !== {before!r}", timeout=60000, polling="raf")
    seen = time.time()
    mark = json.loads(page.evaluate("document.documentElement.dataset.weavePreviewTiming || 'null'"))
    times.append(seen - saved)
    parts = "" if mark is None else (
        f" (save → page told {mark['received'] - saved * 1000:.0f} ms, {mark['how']} applied {mark['applied'] - mark['received']:.0f} ms, "
        f"drawn {mark['drawn'] - mark['applied']:.0f} ms, seen {seen * 1000 - mark['drawn']:.0f} ms)")
    print(f"{kind} edit: {(seen - saved) * 1000:.0f} ms{parts}")


EDITS = 5

try:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        foreign = []
        page.on("request", lambda r: None if r.url.startswith(base) or r.url.startswith("data:") else foreign.append(r.url))
        page.goto(base + "sgd.html")
        page.wait_for_load_state("load")
        page.wait_for_function("() => window.scrollTo !== undefined")
        page.evaluate("window.scrollTo(0, 1500)")
        time.sleep(0.8)  # the WebSocket connects

        # Prose edits: a sentence added to the first paragraph of the note, then changed.
        lines = original.splitlines()
        title = next(i for i, l in enumerate(lines) if l.startswith("# "))
        paragraph = next(l for l in lines[title + 1:] if l and l[0].isalpha() and len(l) > 40)
        prose = []
        current = paragraph
        for n in range(1, EDITS + 1):
            marker = f"Preview marker sentence {n}."
            before = shown(page)
            saved = edit(current, paragraph + " " + marker)
            current = paragraph + " " + marker
            timed(page, saved, before, "prose", prose)
            check(marker in page.text_content("body"), f"the page shows prose edit {n}")
            time.sleep(0.3)
        marker = f"Preview marker sentence {EDITS}."
        page.wait_for_load_state("load")
        scroll = page.evaluate("window.scrollY")
        check(abs(scroll - 1500) < 50, f"the updates kept the scroll position (scrollY {scroll}, was 1500)")

        # Code edits: the first print of a block gets a new text each time, so the note runs again.
        prints = re.search(r'print\("([^"\\]{3,})', original)
        check(prints is not None, "sgd.md has a print of a string literal")
        code = []
        old_text = prints.group(1)
        for n in range(1, EDITS + 1):
            new_text = f"edited by the preview check {n}"
            before = shown(page)
            time.sleep(0.5)  # the preview starts its spare worker after each build
            saved = edit(f'print("{old_text}', f'print("{new_text}')
            old_text = new_text
            timed(page, saved, before, "code", code)
            check(new_text in page.text_content("body"), f"the page shows code edit {n}'s output")

        # The page updated in place is the page as served now.
        fresh = browser.new_page(viewport={"width": 1280, "height": 900})
        fresh.goto(base + "sgd.html")
        fresh.wait_for_load_state("load")
        body = "() => document.querySelector('.layout').outerHTML"
        check(page.evaluate(body) == fresh.evaluate(body), "the page updated in place equals the page loaded afresh")
        fresh.close()

        # A build error shows over the page and goes when it is fixed.
        edit(f'print("{new_text}', f'print(undefinedNameInPreview, "{new_text}')
        page.wait_for_selector("#weave-preview-errors", timeout=60000)
        check("undefinedNameInPreview" in page.inner_text("#weave-preview-errors"), "the overlay names the error")
        check("sgd.md:" in page.inner_text("#weave-preview-errors"), "the overlay locates the error in the note")
        edit(f'print(undefinedNameInPreview, "{new_text}', f'print("{new_text}')
        page.wait_for_selector("#weave-preview-errors", state="detached", timeout=60000)

        # Another page that did not change is not reloaded by an edit of sgd.md.
        other = browser.new_page()
        other.goto(base + "optimization.html")
        other.evaluate("window.weaveStayed = true")
        time.sleep(0.8)
        edit(marker, "Preview marker sentence two.")
        page.wait_for_function("() => document.body.innerText.includes('Preview marker sentence two.')", timeout=30000)
        time.sleep(0.5)
        check(other.evaluate("window.weaveStayed === true"), "a page whose HTML did not change was not reloaded")
        # A page with explorable figures, updated in place, still switches them: its scripts ran again.
        gd = work / "notes" / "gradient-descent.md"
        figures = browser.new_page(viewport={"width": 1280, "height": 900})
        figures.goto(base + "gradient-descent.html")
        time.sleep(0.8)
        text = gd.read_text()
        gd_lines = text.splitlines()
        gd_title = next(i for i, l in enumerate(gd_lines) if l.startswith("# "))
        gd_paragraph = next(l for l in gd_lines[gd_title + 1:] if l and l[0].isalpha() and len(l) > 40)
        gd.write_text(text.replace(gd_paragraph, gd_paragraph + " Explorable marker sentence.", 1))
        figures.wait_for_function("() => document.body.innerText.includes('Explorable marker sentence.')", timeout=30000)
        switched = figures.evaluate("""() => {
            const x = document.querySelector(".wx");
            if (!x) return "no explorable figure";
            const shown = () => [...x.querySelectorAll(".xv")].filter(g => getComputedStyle(g).display !== "none").map(g => g.dataset.variant).join();
            const slider = x.querySelector("input[type=range]");
            const before = shown();
            slider.value = slider.value === slider.max ? slider.min : slider.max;
            slider.dispatchEvent(new Event("input", {bubbles: true}));
            return before !== shown() ? "switched" : "stuck at " + before;
        }""")
        check(switched == "switched", f"an explorable figure switches after the page was updated: {switched}")
        check(not foreign, f"nothing is loaded from outside the preview: {foreign[:3]}")
        browser.close()
    # What the preview wrote is what a cold build of the edited notes writes, byte for byte.
    cold = subprocess.run([str(weave), "notes", "--out", "cold", "--no-cache"], cwd=work, capture_output=True, text=True)
    check(cold.returncode == 0, f"a cold build of the edited notes succeeds: {cold.stderr[-500:]}")
    written = sorted(p.relative_to(work / "cold") for p in (work / "cold").rglob("*") if p.is_file() and not p.name.startswith("."))
    differing = [str(p) for p in written
                 if not (work / "site" / p).is_file() or (work / "site" / p).read_bytes() != (work / "cold" / p).read_bytes()]
    check(written and not differing, f"the preview's pages are byte-identical to a cold build's: {differing[:3]}")
    load = os.getloadavg()
    print(f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores")
    for kind, times, target in (("prose", prose, 0.3), ("code", code, 1.0)):
        median = statistics.median(times)
        figures = ", ".join(f"{t * 1000:.0f}" for t in times)
        print(f"{kind} edit shown in the browser after a median of {median * 1000:.0f} ms (target {target * 1000:.0f} ms; {figures} ms)")
        if median > 5 * target:
            check(False, f"the {kind} edit's median {median * 1000:.0f} ms is over 5 × its target of {target * 1000:.0f} ms")
        elif median > target:
            print(f"WARNING: the {kind} edit's median is over its target of {target * 1000:.0f} ms")
finally:
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        failures.append("weave preview did not stop within 10 s of SIGINT")
    leftovers = [str(p) for p in work.rglob("*.tmp")]
    check(not leftovers, f"no temporary files after Ctrl-C: {leftovers}")
    check(sgd.with_name("index.md").exists(), "the notes are intact")
    log.seek(0)
    builds = [l.strip() for l in log if l.startswith("built in")]
    print("the preview's builds:", "; ".join(builds))
    shutil.rmtree(work, ignore_errors=True)

if failures:
    sys.exit("preview check failed:\n  " + "\n  ".join(failures))
print("preview check passed")
