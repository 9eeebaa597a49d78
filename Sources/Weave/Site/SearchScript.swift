/// `assets/search.js`: the search box of a course's pages. It shows the box (hidden without
/// JavaScript), loads `assets/search-index.js` when the box is first used, and lists the sections
/// that hold every word of the query, best first: a word in a section's title counts more than one
/// in its text. Chinese, Japanese and Korean runs of the query are split into overlapping character
/// pairs (two characters or fewer stay one term), which is how such text is searched without a word
/// list. A page opened with `?q=words` searches for them at once. Nothing is fetched from outside
/// the site.
enum SearchScript {
    /// The script's text.
    static let js = #"""
        (function () {
          "use strict";
          var form = document.querySelector("form.search");
          if (!form) return;
          var input = form.querySelector("input");
          var list = form.querySelector(".search-results");
          var root = form.getAttribute("data-root") || "";
          var docs = null, waiting = [];
          form.hidden = false;
          form.addEventListener("submit", function (e) { e.preventDefault(); var a = list.querySelector("a"); if (a) a.click(); });
          function load(then) {
            if (docs) return then();
            waiting.push(then);
            if (waiting.length > 1) return;
            var s = document.createElement("script");
            s.src = root + "assets/search-index.js";
            s.onload = function () {
              docs = (window.weaveSearchIndex || []).map(function (d) { return { d: d, t: d.t.toLowerCase(), x: d.x.toLowerCase() }; });
              waiting.splice(0).forEach(function (f) { f(); });
            };
            document.head.appendChild(s);
          }
          var cjk = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
          function terms(query) {
            var out = [];
            (query.toLowerCase().match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+|[^\s\u3000-\u303f\uff00-\uffef.,;:!?()\[\]{}"'`]+/g) || []).forEach(function (run) {
              if (!cjk.test(run) || run.length < 3) { out.push(run); return; }
              for (var i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
            });
            return out;
          }
          function snippet(text, term) {
            var at = Math.max(0, text.toLowerCase().indexOf(term) - 40);
            return (at > 0 ? "…" : "") + text.slice(at, at + 140) + (at + 140 < text.length ? "…" : "");
          }
          function search() {
            var ts = terms(input.value);
            list.textContent = "";
            if (!ts.length) return;
            var hits = [];
            docs.forEach(function (doc) {
              var score = 0;
              for (var i = 0; i < ts.length; i++) {
                var inTitle = doc.t.indexOf(ts[i]) >= 0, inText = doc.x.indexOf(ts[i]) >= 0;
                if (!inTitle && !inText) return;
                score += (inTitle ? 5 : 0) + (inText ? 1 : 0);
              }
              hits.push([score, doc.d]);
            });
            hits.sort(function (a, b) { return b[0] - a[0]; });
            hits.slice(0, 10).forEach(function (hit) {
              var li = document.createElement("li"), a = document.createElement("a"), p = document.createElement("span");
              a.href = root + hit[1].u;
              a.textContent = hit[1].t;
              p.className = "search-snippet";
              p.textContent = snippet(hit[1].x, ts[0]);
              li.appendChild(a);
              li.appendChild(p);
              list.appendChild(li);
            });
            if (!hits.length) {
              var none = document.createElement("li");
              none.textContent = form.getAttribute("data-none");
              list.appendChild(none);
            }
          }
          input.addEventListener("focus", function () { load(function () {}); });
          input.addEventListener("input", function () { load(search); });
          var query = /[?&]q=([^&]*)/.exec(location.search);
          if (query) {
            input.value = decodeURIComponent(query[1].replace(/\+/g, " "));
            load(search);
          }
        })();
        """#
}
