#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Waits for the notes to change: a snapshot of every file below the watched paths (name, size,
/// modification time, inode) is compared with the last one. On Linux inotify wakes the watcher as
/// soon as a file is written; elsewhere, or when inotify is unavailable, it looks every quarter of
/// a second. Either way the snapshot decides, so an editor that saves by writing a temporary file
/// and renaming it, or a burst of saves, gives one change.
final class NoteWatcher {
    /// A file's identity and version.
    private struct Stamp: Equatable {
        var size: Int64
        var modified: timespec
        var inode: UInt64

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.size == b.size && a.inode == b.inode && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
        }
    }

    private let roots: [String]
    /// Folders never looked into (the output folder and the cache), as real paths.
    private let excluded: Set<String>
    private var snapshot: [String: Stamp] = [:]
    /// inotify's descriptor, or -1 when polling.
    private let notify: Int32
    private var watched: Set<String> = []

    /// A watcher of `paths` (notes or folders of notes), never looking into `excluding`.
    init(paths: [String], excluding: [String]) {
        roots = paths
        excluded = Set(excluding.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path })
        #if os(Linux)
        notify = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        #else
        notify = -1
        #endif
        snapshot = take()
    }

    deinit {
        if notify >= 0 { close(notify) }
    }

    /// Whether changes are noticed as they happen (inotify) rather than by looking periodically.
    var isEventDriven: Bool { notify >= 0 }

    /// Blocks until some file differs from the last snapshot; returns the paths that changed
    /// (added, removed or rewritten), sorted, and the seconds from the first event to the snapshot
    /// that saw the change (the time the save was left to settle).
    func waitForChange() -> (paths: [String], settle: Double) {
        while true {
            waitForEvent()
            let start = DispatchTime.now()
            settle()
            let now = take()
            if now != snapshot {
                let changed = Set(now.keys).union(snapshot.keys).filter { now[$0] != snapshot[$0] }.sorted()
                snapshot = now
                return (changed, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
            }
        }
    }

    /// Lets a burst of writes (an editor's save, a `git checkout`) end before the snapshot: with
    /// inotify, until 5 ms pass with no event (a save's events come within microseconds of each
    /// other), at most half a second; when polling, 15 ms.
    private func settle() {
        guard notify >= 0 else {
            usleep(15_000)
            return
        }
        var descriptor = pollfd(fd: notify, events: Int16(POLLIN), revents: 0)
        for _ in 0..<100 {
            drainEvents()
            guard poll(&descriptor, 1, 5) > 0 else { return }
        }
    }

    /// Returns after an inotify event, or after a while in any case (a safety net for what inotify
    /// does not report, such as files on network file systems).
    private func waitForEvent() {
        guard notify >= 0 else {
            usleep(250_000)
            return
        }
        var descriptor = pollfd(fd: notify, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, 1000)
    }

    private func drainEvents() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while read(notify, &buffer, buffer.count) > 0 {}
    }

    /// Every file below the roots (hidden names, `.build` and the excluded folders skipped), and
    /// an inotify watch on every folder met.
    private func take() -> [String: Stamp] {
        var files: [String: Stamp] = [:]
        for root in roots {
            guard let stamp = Self.stamp(root) else { continue }
            if stamp.isFolder {
                walk(root, into: &files)
            } else {
                files[root] = stamp.stamp
                watch(URL(fileURLWithPath: root).deletingLastPathComponent().path)
            }
        }
        return files
    }

    private func walk(_ folder: String, into files: inout [String: Stamp]) {
        let real = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        guard !excluded.contains(real) else { return }
        watch(folder)
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() where !name.hasPrefix(".") {
            let path = folder + "/" + name
            guard let stamp = Self.stamp(path) else { continue }
            if stamp.isFolder {
                if files.count < 100_000 { walk(path, into: &files) }
            } else {
                files[path] = stamp.stamp
            }
        }
    }

    private func watch(_ folder: String) {
        #if os(Linux)
        guard notify >= 0, watched.insert(folder).inserted else { return }
        let mask = IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
        _ = inotify_add_watch(notify, folder, UInt32(mask))
        #endif
    }

    private static func stamp(_ path: String) -> (stamp: Stamp, isFolder: Bool)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Stamp(size: Int64(info.st_size), modified: info.st_mtim, inode: UInt64(info.st_ino)), (info.st_mode & S_IFMT) == S_IFDIR)
    }
}
