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
    var json: String { Self.json(self) }

    /// `value` as JSON text, keys sorted.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

/// What a page that shows a changed page is sent with the build's status: how to update it in
/// place from the version it shows (the splice, valid only for a page that shows build `base`),
/// or the whole new page where there is no such splice.
struct PageUpdate: Codable, Sendable, Equatable {
    /// The build whose version of the page the splice applies to.
    var base: Int
    /// The change, when it can be made in place (see ``PageSplice``).
    var splice: PageSplice?
    /// The whole new page, when there is no splice.
    var html: String?

    /// The update from `old` (build `base`) to `new`.
    init(base: Int, from old: PageVersion, to new: PageVersion) {
        self.base = base
        splice = PageSplice.between(old, new)
        html = splice == nil ? String(decoding: new.bytes, as: UTF8.self) : nil
    }

    /// Its size in the message, for the preview's log.
    var size: Int { splice?.html.utf8.count ?? html?.utf8.count ?? 0 }
}

/// A build's status as sent to one page: the status's fields, and `update` for that page.
private struct StatusMessage: Encodable {
    var status: BuildStatus
    var update: PageUpdate

    func encode(to encoder: any Encoder) throws {
        try status.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(update, forKey: .update)
    }

    private enum Key: CodingKey { case update }
}

/// The latest build — its ``BuildStatus`` and its pages, kept in memory and served from there, so
/// the page served and the build it says it shows always agree — and the pages listening for the
/// next one: each open page holds a WebSocket to the preview and gets every status as a text
/// message, the current one first, with the update of its own page when that changed.
final class LiveReload: Sendable {
    private struct Listener {
        /// The page shown (its output path), if the page said.
        var page: String?
        var messages: AsyncStream<WSMessage>.Continuation
    }

    private struct State {
        var status = BuildStatus.initial
        var pages: [String: String] = [:]
        var listeners: [Int: Listener] = [:]
        var nextListener = 0
    }

    private let state = Mutex(State())

    /// The latest status.
    var status: BuildStatus { state.withLock { $0.status } }

    /// The latest build: its number and its pages (HTML by output path).
    var site: (generation: Int, pages: [String: String]) { state.withLock { ($0.status.generation, $0.pages) } }

    /// The pages some open page shows.
    var pagesShown: Set<String> { state.withLock { Set($0.listeners.values.compactMap(\.page)) } }

    /// Makes `status` the latest (and `pages`, when given, the pages served) and sends it to every
    /// open page, with `updates[page]` to the pages that show `page`.
    func publish(_ status: BuildStatus, pages: [String: String]? = nil, updates: [String: PageUpdate] = [:]) {
        let listeners = state.withLock { state in
            state.status = status
            if let pages { state.pages = pages }
            return Array(state.listeners.values)
        }
        let plain = WSMessage.text(status.json)
        let messages = updates.mapValues { WSMessage.text(BuildStatus.json(StatusMessage(status: status, update: $0))) }
        for listener in listeners { listener.messages.yield(listener.page.flatMap { messages[$0] } ?? plain) }
    }

    /// The WebSocket handler for a page that shows `page` (an output path such as `sgd.html`).
    func handler(page: String?) -> some WSMessageHandler {
        Connection(live: self, page: page)
    }

    private struct Connection: WSMessageHandler {
        let live: LiveReload
        let page: String?

        func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
            live.listen(page: page, to: client)
        }
    }

    /// A page connected: it gets the current status now and every later one, until it leaves.
    func listen(page: String?, to client: AsyncStream<WSMessage>) -> AsyncStream<WSMessage> {
        let (messages, continuation) = AsyncStream<WSMessage>.makeStream()
        let id = state.withLock { state in
            let id = state.nextListener
            state.nextListener += 1
            state.listeners[id] = Listener(page: page, messages: continuation)
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
          // A changed page is updated in place. The preview sends the change with the build's
          // status: a splice (some children of one element replaced, checked against what the
          // page holds first) when it can, else the whole page, which replaces this one where it
          // differs: elements equal to their new version stay (with their layout), so stylesheets,
          // fonts and the scroll position stay. Scripts in replaced parts run again. A page whose
          // stylesheets changed, or that typesets in the browser, is reloaded.
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
          const typesetsHere = () => document.querySelector('script[src$="katex.min.js"]') !== null;
          // The splice's new nodes are parsed in the element they go into; scripts among them run
          // as they are inserted. False (nothing changed) if the page is not what the splice expects.
          const splice = (s) => {
            let parent = document.body;
            for (const i of s.path) parent = parent && parent.children[i];
            if (!parent || typesetsHere() || parent.localName !== s.name || parent.childNodes.length !== s.count) return false;
            const range = document.createRange();
            range.selectNodeContents(parent);
            const fresh = range.createContextualFragment(s.html);
            if (fresh.childNodes.length !== s.added) return false;
            const old = [...parent.childNodes].slice(s.from, s.from + s.removed);
            parent.insertBefore(fresh, parent.childNodes[s.from] || null);
            for (const node of old) node.remove();
            return true;
          };
          // The whole page of build `generation` (fetched if not given) replaces this one where it
          // differs. Returns the build shown then (a fetched page may be newer), or null if the
          // page reloads instead.
          const replace = async (html, generation) => {
            try {
              if (typeof html !== "string") {
                const response = await fetch(location.href, { cache: "no-store" });
                if (!response.ok) { reload(); return null; }
                html = await response.text();
              }
              const next = new DOMParser().parseFromString(html, "text/html");
              const styles = (d) => [...d.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute("href")).join(" ");
              if (styles(next) !== styles(document) || next.querySelector('script[src$="katex.min.js"]')) { reload(); return null; }
              for (const own of next.querySelectorAll('script[src^="/__weave/"]')) {
                if (own.dataset.generation) generation = Number(own.dataset.generation);
                own.remove();
              }
              if (box) { box.remove(); box = null; }
              for (const own of document.querySelectorAll('script[src^="/__weave/"]')) own.remove();
              document.title = next.title;
              patch(document.body, next.body, 0);
              return generation;
            } catch (error) {
              reload();
              return null;
            }
          };
          const now = () => performance.timeOrigin + performance.now();
          const receive = async (status) => {
            const received = now();
            if (status.generation < shown) return;
            errors = status.errors;
            if (status.generation > shown && (status.changed.includes(page) || status.generation > shown + 1)) {
              const update = status.update;
              let how = "splice";
              let generation = status.generation;
              if (!(update && update.splice && update.base === shown && splice(update.splice))) {
                how = update && typeof update.html === "string" ? "page" : "fetch";
                generation = await replace(how === "page" ? update.html : null, status.generation);
                if (generation === null) return;
              }
              shown = generation;
              show(errors);
              // Which build the page shows once it is drawn, and when it got and applied the
              // change (milliseconds since the epoch), for tests and tools.
              const applied = now();
              requestAnimationFrame(() => {
                const root = document.documentElement.dataset;
                root.weavePreviewTiming = JSON.stringify({ generation, how, received, applied, drawn: now() });
                root.weavePreview = String(generation);
              });
            } else {
              shown = status.generation;
              show(errors);
            }
          };
          // Messages are handled one at a time, in order: each update applies to the page the
          // previous one left.
          let queue = Promise.resolve();
          const connect = () => {
            const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host +
              "/__weave/live?page=" + encodeURIComponent(page));
            socket.onmessage = (event) => {
              const status = JSON.parse(event.data);
              queue = queue.then(() => receive(status));
            };
            socket.onclose = () => setTimeout(connect, 500);
          };
          connect();
        })();
        """#
}
