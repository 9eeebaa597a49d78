import FlyingFox
import Foundation
import Synchronization

/// What open pages learn after each build: a generation number, the pages whose HTML changed, and
/// the build's diagnostics (shown over the page while it has errors).
struct BuildStatus: Codable, Sendable, Equatable {
    /// Counts builds since the preview started (the first build is 1).
    var generation: Int
    /// Output paths (`sgd.html`, `part/a.html`) whose page differs from the previous build's.
    var changed: [String]
    /// Error diagnostics, compiler style.
    var errors: [String]
    /// Warning diagnostics, compiler style.
    var warnings: [String]

    /// The status before the first build.
    static let initial = BuildStatus(generation: 0, changed: [], errors: [], warnings: [])

    /// The status as JSON text.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

/// The latest ``BuildStatus`` and the pages listening for the next one: each open page holds a
/// WebSocket to the preview and gets every status as a text message, the current one first.
final class LiveReload: WSMessageHandler, Sendable {
    private struct State {
        var status = BuildStatus.initial
        var listeners: [Int: AsyncStream<WSMessage>.Continuation] = [:]
        var nextListener = 0
    }

    private let state = Mutex(State())

    /// The latest status.
    var status: BuildStatus { state.withLock { $0.status } }

    /// Makes `status` the latest and sends it to every open page.
    func publish(_ status: BuildStatus) {
        let message = WSMessage.text(status.json)
        let listeners = state.withLock { state in
            state.status = status
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.yield(message) }
    }

    /// A page connected: it gets the current status now and every later one, until it leaves.
    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let (messages, continuation) = AsyncStream<WSMessage>.makeStream()
        let id = state.withLock { state in
            let id = state.nextListener
            state.nextListener += 1
            state.listeners[id] = continuation
            continuation.yield(.text(state.status.json))
            return id
        }
        let forget: @Sendable () -> Void = { [weak self] in _ = self?.state.withLock { $0.listeners.removeValue(forKey: id) } }
        continuation.onTermination = { _ in forget() }
        // What the page sends is ignored; its end (the page closed or reloaded) ends the stream.
        Task {
            for await _ in client {}
            continuation.finish()
        }
        return messages
    }

    /// The script served to preview pages (and only to them): it connects to the preview, updates
    /// the page in place where its HTML changed (keeping the scroll position), and shows the
    /// build's errors over the page. It reconnects when the preview restarts.
    static let script = #"""
        (() => {
          const me = document.currentScript;
          const loaded = Number(me.dataset.generation);
          const page = decodeURIComponent(location.pathname.replace(/^\/+/, "")).replace(/(^|\/)$/, "$1index.html");
          const key = "weave-preview-scroll:" + location.pathname;
          const saved = sessionStorage.getItem(key);
          if (saved !== null) {
            sessionStorage.removeItem(key);
            window.addEventListener("load", () => window.scrollTo(0, Number(saved)));
          }
          let box = null;
          let hidden = "";
          const show = (errors) => {
            const text = errors.join("\n");
            if (!errors.length || text === hidden) { if (box) { box.remove(); box = null; } return; }
            if (!box) {
              box = document.createElement("div");
              box.id = "weave-preview-errors";
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:1000;max-height:40vh;overflow:auto;" +
                "margin:0;padding:.75rem 1rem;background:#3b0d0c;color:#ffd7d5;font:13px/1.45 ui-monospace,monospace;" +
                "white-space:pre-wrap;border-top:3px solid #e5534b";
              const close = document.createElement("button");
              close.textContent = "Hide";
              close.style.cssText = "float:right;margin-left:1rem;font:inherit;color:inherit;background:none;" +
                "border:1px solid currentColor;border-radius:4px;padding:0 .5rem;cursor:pointer";
              close.onclick = () => { hidden = box.dataset.errors; box.remove(); box = null; };
              box.appendChild(close);
              box.appendChild(document.createElement("span"));
              document.body.appendChild(box);
            }
            box.dataset.errors = text;
            box.lastChild.textContent = "weave preview: the last build has " + errors.length +
              (errors.length === 1 ? " error" : " errors") + "\n\n" + text;
          };
          // The page as served now replaces this one in place, where it differs: elements equal to
          // their new version stay (with their layout), so a one-paragraph edit redraws one
          // paragraph, and stylesheets, fonts and the scroll position stay. Scripts in replaced
          // parts run again. A page whose stylesheets changed, or that typesets in the browser, is
          // reloaded.
          let shown = loaded;
          let errors = [];
          const reload = () => {
            sessionStorage.setItem(key, String(window.scrollY));
            location.reload();
          };
          const activate = (node) => {
            const scripts = node.nodeName === "SCRIPT" ? [node] : node.querySelectorAll ? [...node.querySelectorAll("script")] : [];
            for (const old of scripts) {
              const fresh = document.createElement("script");
              for (const a of old.attributes) fresh.setAttribute(a.name, a.value);
              fresh.textContent = old.textContent;
              old.replaceWith(fresh);
            }
          };
          const patch = (current, next, depth) => {
            const a = [...current.childNodes], b = [...next.childNodes];
            let head = 0;
            while (head < a.length && head < b.length && a[head].isEqualNode(b[head])) head++;
            let tail = 0;
            while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].isEqualNode(b[b.length - 1 - tail])) tail++;
            const gone = a.slice(head, a.length - tail), added = b.slice(head, b.length - tail);
            if (depth < 6 && gone.length === 1 && added.length === 1 && gone[0].nodeType === 1 &&
                gone[0].nodeName === added[0].nodeName && gone[0].nodeName !== "SCRIPT") {
              for (const name of new Set([...gone[0].getAttributeNames(), ...added[0].getAttributeNames()])) {
                const value = added[0].getAttribute(name);
                if (value === null) gone[0].removeAttribute(name); else if (gone[0].getAttribute(name) !== value) gone[0].setAttribute(name, value);
              }
              return patch(gone[0], added[0], depth + 1);
            }
            const before = a[a.length - tail] || null;
            for (const node of gone) node.remove();
            for (const node of added) {
              const adopted = document.adoptNode(node);
              current.insertBefore(adopted, before);
              activate(adopted);
            }
          };
          const update = async (generation) => {
            try {
              const response = await fetch(location.href, { cache: "no-store" });
              if (!response.ok) return reload();
              const next = new DOMParser().parseFromString(await response.text(), "text/html");
              const styles = (d) => [...d.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute("href")).join(" ");
              if (styles(next) !== styles(document) || next.querySelector('script[src$="katex.min.js"]')) return reload();
              for (const own of next.querySelectorAll('script[src^="/__weave/"]')) own.remove();
              if (box) { box.remove(); box = null; }
              for (const own of document.querySelectorAll('script[src^="/__weave/"]')) own.remove();
              document.title = next.title;
              patch(document.body, next.body, 0);
              shown = generation;
              show(errors);
              // Which build the page shows, once it is drawn (for tests and tools).
              requestAnimationFrame(() => { document.documentElement.dataset.weavePreview = String(generation); });
            } catch (error) {
              reload();
            }
          };
          const connect = () => {
            const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/__weave/live");
            socket.onmessage = (event) => {
              const status = JSON.parse(event.data);
              errors = status.errors;
              show(errors);
              if (status.generation > shown && (status.changed.includes(page) || status.generation > shown + 1)) {
                update(status.generation);
              } else if (status.generation > shown) {
                shown = status.generation;
              }
            };
            socket.onclose = () => setTimeout(connect, 500);
          };
          connect();
        })();
        """#
}
