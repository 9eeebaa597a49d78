#!/usr/bin/env python3
"""Drives `weave preview` in headless Chromium the way an author uses it: open a page, edit the
note on disk, and require the page to reload by itself and show the edit (prose, then code), keep
its scroll position, show a build error over the page and clear it when fixed, load nothing from the
network, and stop cleanly on Ctrl-C (SIGINT). Prints how long each edit took to reach the browser.

The notes are copied to a temporary folder first: the course itself is never edited.

usage: preview_check.py WEAVE_EXECUTABLE NOTES_DIR
"""
import pathlib
import re
import shutil
import signal
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
    return time.monotonic()


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

        # A prose edit: one sentence added to the first paragraph of the note.
        lines = original.splitlines()
        title = next(i for i, l in enumerate(lines) if l.startswith("# "))
        paragraph = next(l for l in lines[title + 1:] if l and l[0].isalpha() and len(l) > 40)
        marker = "Preview marker sentence one."
        saved = edit(paragraph, paragraph + " " + marker)
        # The preview marks the page with the build it shows once that is drawn; testing the text
        # instead, many times a second, would itself slow a page this size.
        page.wait_for_function("() => document.documentElement.dataset.weavePreview !== undefined", timeout=30000, polling="raf")
        prose = time.monotonic() - saved
        check(marker in page.text_content("body"), "the page shows the prose edit")
        page.wait_for_load_state("load")
        time.sleep(0.2)
        scroll = page.evaluate("window.scrollY")
        check(abs(scroll - 1500) < 50, f"the reload kept the scroll position (scrollY {scroll}, was 1500)")

        # A code edit: the first print of a block gets a new text.
        prints = re.search(r'print\("([^"\\]{3,})', original)
        check(prints is not None, "sgd.md has a print of a string literal")
        new_text = "edited by the preview check"
        shown = page.evaluate("document.documentElement.dataset.weavePreview")
        saved = edit(f'print("{prints.group(1)}', f'print("{new_text}')
        page.wait_for_function(f"() => document.documentElement.dataset.weavePreview !== {shown!r}", timeout=60000, polling="raf")
        code = time.monotonic() - saved
        check(new_text in page.text_content("body"), "the page shows the code edit's output")

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
    print(f"prose edit shown in the browser after {prose * 1000:.0f} ms; code edit of sgd.md after {code * 1000:.0f} ms")
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
