#!/usr/bin/env python3
"""Switches every explorable figure of a built site in headless Chromium, offline, at 400 and 1280 px:
for each combination of slider positions a script sets the sliders and fires their input events,
then asserts that exactly the chosen variant's paths are shown (and drawn with a size), that its
readout names the chosen values, and that every other variant is hidden. A page that loads anything
from the network fails (a proxy that does not exist refuses every request).

usage: explore_check.py SITE_DIR
"""
import json
import pathlib
import re
import subprocess
import sys

PROBE = r"""<script>
(() => {
  const report = [];
  for (const x of document.querySelectorAll(".wx")) {
    const sliders = [...x.querySelectorAll("input[type=range]")];
    if (x.querySelector(".wx-controls").hidden) report.push(x.id + ": controls hidden");
    const counts = sliders.map(s => +s.max + 1);
    const total = counts.reduce((a, b) => a * b, 1);
    let switched = 0;
    for (let k = total - 1; k >= 0; k--) {
      let rest = k;
      const chosen = [];
      for (let j = sliders.length - 1; j >= 0; j--) { chosen[j] = rest % counts[j]; rest = Math.floor(rest / counts[j]); }
      sliders.forEach((s, j) => { s.value = chosen[j]; s.dispatchEvent(new Event("input", {bubbles: true})); });
      const shown = [...x.querySelectorAll(".xv")].filter(g => getComputedStyle(g).display !== "none");
      if (shown.length !== 1 || shown[0].dataset.variant !== String(k)) { report.push(x.id + ": variant " + k + " not the one shown"); continue; }
      const box = shown[0].getBoundingClientRect();
      const readout = [...x.querySelectorAll(".wx-readouts p")].filter(p => getComputedStyle(p).display !== "none");
      const expected = sliders.map((s, j) => s.dataset.name + " = " + s.dataset.values.split("|")[chosen[j]]).join(", ");
      if (readout.length !== 1 || !readout[0].textContent.startsWith(expected)) { report.push(x.id + ": readout for " + k + " is not '" + expected + "'"); continue; }
      if (shown[0].querySelector("path, circle") && box.width === 0 && box.height === 0) { report.push(x.id + ": variant " + k + " drawn with no size"); continue; }
      switched++;
    }
    report.push("ok " + x.id + " " + switched + "/" + total);
  }
  document.body.setAttribute("data-explore-report", JSON.stringify(report));
})();
</script>"""

site = pathlib.Path(sys.argv[1]).resolve()
common = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000",
          "--proxy-server=127.0.0.1:9", "--enable-logging=stderr", "--v=0"]
problems, checked = [], 0
for page in sorted(site.rglob("*.html")):
    html = page.read_text()
    if 'class="wx"' not in html:
        continue
    probe = page.with_name(page.stem + ".explore-probe.html")
    probe.write_text(html.replace("</body>", PROBE + "</body>"))
    try:
        for width in (400, 1280):
            run = subprocess.run(common + [f"--window-size={width},2400", "--dump-dom", probe.as_uri()],
                                 capture_output=True, text=True, timeout=120)
            name = f"{page.relative_to(site)} at {width} px"
            for line in run.stderr.splitlines():
                if "Failed to load resource" in line or "ERR_" in line or re.search(r'CONSOLE\(\d+\)\].*(error|Error)', line):
                    problems.append(f"{name}: {line.strip()}")
            found = re.search(r'data-explore-report="([^"]*)"', run.stdout)
            if not found:
                problems.append(f"{name}: the probe did not run")
                continue
            for entry in json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&")):
                if entry.startswith("ok "):
                    _, figure, counts = entry.split(" ")
                    done, total = counts.split("/")
                    checked += 1
                    print(f"{name}: {figure} switched to {done} of {total} variants")
                    if done != total:
                        problems.append(f"{name}: {figure} switched to only {done} of {total} variants")
                else:
                    problems.append(f"{name}: {entry}")
    finally:
        probe.unlink()
for p in problems:
    print(p)
print(f"explore check: {checked} figure renderings switched, {len(problems)} problems")
sys.exit(1 if problems or checked == 0 else 0)
