import Foundation
import Synchronization

/// Writes output files whole or not at all: to a temporary file in the same folder, then renamed
/// over the real name, so a reader never sees half a page.
///
/// A temporary file is named `.weave-<pid>-<serial>-<name>.tmp`. A build removes those that an earlier,
/// killed build left behind (their process is gone) before it writes, and a build interrupted by
/// SIGINT or SIGTERM removes its own (``removeTemporariesOnInterrupt()``).
enum OutputFile {
    /// Writes `text` to `path`, creating folders as needed.
    static func write(_ text: String, to path: String) throws(WeaveError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path` atomically, skipping the write when the file already holds it.
    static func write(_ data: Data, to path: String) throws(WeaveError) {
        let url = URL(fileURLWithPath: path)
        if FileManager.default.contents(atPath: path) == data { return }
        let folder = url.deletingLastPathComponent().path
        // The serial keeps two threads writing the same file (two notes' builds filling the cache)
        // from sharing a temporary file.
        let serial = serials.add(1, ordering: .relaxed).newValue
        let temporary = folder + "/" + temporaryPrefix + "\(getpid())-\(serial)-" + url.lastPathComponent + ".tmp"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: path, reason: (error as NSError).localizedDescription)
        }
        Pending.shared.insert(temporary)
        defer { Pending.shared.remove(temporary) }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        let written = data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        let reason = String(cString: strerror(errno))
        close(fd)
        guard written, rename(temporary, path) == 0 else {
            let failure = written ? String(cString: strerror(errno)) : reason
            unlink(temporary)
            throw .cannotWrite(path: path, reason: failure)
        }
    }

    /// Copies the file at `source` to `path` atomically.
    static func copy(_ source: String, to path: String) throws(WeaveError) {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw .unreadable(path: source, reason: "missing asset")
        }
        try write(data, to: path)
    }

    /// Numbers the temporary files of this process.
    private static let serials = Atomic<Int>(0)

    /// The start of every temporary file's name.
    private static let temporaryPrefix = ".weave-"

    /// Removes the temporary files below `folder` that builds which no longer run left behind.
    static func removeStaleTemporaries(in folder: String) {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return }
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard name.hasPrefix(temporaryPrefix), name.hasSuffix(".tmp"),
                let pid = Int32(name.dropFirst(temporaryPrefix.count).prefix { $0 != "-" }),
                pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            unlink(folder + "/" + relative)
        }
    }

    /// Makes SIGINT and SIGTERM remove the temporary files being written, then end the process
    /// as the signal would have. For command-line front ends; call once.
    static func removeTemporariesOnInterrupt() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                for path in Pending.shared.paths { unlink(path) }
                signal(sig, SIG_DFL)
                kill(getpid(), sig)  // to the process: this thread may block the signal
            }
            source.resume()
            Pending.shared.retain(source)
        }
    }

    /// The temporary files being written, behind a lock, and the signal sources that clean them.
    private final class Pending: @unchecked Sendable {
        static let shared = Pending()
        private let lock = NSLock()
        private var set: Set<String> = []
        private var sources: [any DispatchSourceSignal] = []

        func insert(_ path: String) { lock.withLock { _ = set.insert(path) } }
        func remove(_ path: String) { lock.withLock { _ = set.remove(path) } }
        var paths: [String] { lock.withLock { Array(set) } }
        func retain(_ source: any DispatchSourceSignal) { lock.withLock { sources.append(source) } }
    }
}
