#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A running worker executable: its process id, the socket to it (its file descriptor 3) and a
/// socket from its standard error, where the Swift runtime writes the message of a trap.
final class WorkerProcess {
    /// The worker's process id.
    let pid: pid_t
    /// The supervisor's end of the socket.
    let socket: Int32
    /// The read end of the worker's standard error.
    let stderr: Int32
    /// The last bytes the worker wrote to standard error (a trap's message), at most 4 KiB.
    private(set) var errorText: [UInt8] = []
    /// Bytes received and not yet decoded.
    var buffer: [UInt8] = []
    private var exited = false

    /// Starts `executable` with no arguments, or says why it cannot be started. Both channels are
    /// socket pairs made close-on-exec atomically, so a worker started at the same time by another
    /// thread cannot inherit this one's ends.
    static func start(_ executable: String) -> Result<WorkerProcess, SpawnError> {
        func socketPair() -> [Int32]? {
            var fds: [Int32] = [-1, -1]
            return socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0 ? fds : nil
        }
        guard let pair = socketPair() else { return .failure(SpawnError(reason: String(cString: strerror(errno)))) }
        guard let errorPipe = socketPair() else {
            let reason = String(cString: strerror(errno))
            close(pair[0])
            close(pair[1])
            return .failure(SpawnError(reason: reason))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        posix_spawn_file_actions_adddup2(&actions, pair[1], WorkerLoop.socket)
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(executable), nil]
        defer { for p in argv { free(p) } }
        let status = environment.withUnsafeBufferPointer { env in
            posix_spawn(&pid, executable, &actions, nil, argv, UnsafeMutablePointer(mutating: env.baseAddress))
        }
        close(pair[1])
        close(errorPipe[1])
        guard status == 0 else {
            close(pair[0])
            close(errorPipe[0])
            return .failure(SpawnError(reason: String(cString: strerror(status))))
        }
        return .success(WorkerProcess(pid: pid, socket: pair[0], stderr: errorPipe[0]))
    }

    /// The worker's environment: this process's, with Swift's crash backtracer off, so a trap ends
    /// the worker at once with the runtime's one-line message instead of seconds of symbolication.
    nonisolated(unsafe) private static let environment: [UnsafeMutablePointer<CChar>?] = {
        var entries: [UnsafeMutablePointer<CChar>?] = []
        var p = environ
        while let entry = p.pointee {
            if !String(cString: entry).hasPrefix("SWIFT_BACKTRACE=") { entries.append(strdup(entry)) }
            p += 1
        }
        return entries + [strdup("SWIFT_BACKTRACE=enable=no"), nil]
    }()

    private init(pid: pid_t, socket: Int32, stderr: Int32) {
        self.pid = pid
        self.socket = socket
        self.stderr = stderr
    }

    deinit {
        stop()
        close(socket)
        close(stderr)
    }

    /// What waiting for input found.
    enum Event {
        /// Bytes arrived on the socket (appended to ``buffer``).
        case data
        /// Nothing arrived within the timeout.
        case idle
        /// The worker closed the socket: it exited or died.
        case closed
    }

    /// Waits up to `milliseconds` for bytes from the worker, collecting its standard error too.
    func wait(milliseconds: Int32) -> Event {
        var fds = [pollfd(fd: socket, events: Int16(POLLIN), revents: 0), pollfd(fd: stderr, events: Int16(POLLIN), revents: 0)]
        let n = poll(&fds, 2, milliseconds)
        if n <= 0 { return .idle }
        if fds[1].revents != 0 { drainStandardError() }
        guard fds[0].revents != 0 else { return .idle }
        return Channel.receive(into: &buffer, from: socket) ? .data : .closed
    }

    /// The processor time the worker has used, user and system, in seconds; nil where it cannot
    /// be read.
    var processorSeconds: Double? {
        // The fields after the command's name, which ends at the last ')': utime and stime are
        // the 12th and 13th of them, in clock ticks.
        guard let bytes = procFile("stat", size: 1024), let close = bytes.lastIndex(of: UInt8(ascii: ")")) else { return nil }
        let fields = bytes[(close + 1)...].split(separator: UInt8(ascii: " "))
        guard fields.count > 12, let user = Int(String(decoding: fields[11], as: UTF8.self)),
              let system = Int(String(decoding: fields[12], as: UTF8.self)) else { return nil }
        return Double(user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Resident memory in bytes, from `/proc/<pid>/statm`; nil if it cannot be read.
    var residentBytes: Int? {
        guard let bytes = procFile("statm", size: 128) else { return nil }
        let fields = bytes.split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
        return pages * sysconf(Int32(_SC_PAGESIZE))
    }

    /// The first `size` bytes of the worker's `/proc/<pid>/<name>` (Linux); nil where it cannot be read.
    private func procFile(_ name: String, size: Int) -> ArraySlice<UInt8>? {
        #if os(Linux)
        let fd = open("/proc/\(pid)/\(name)", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: size)
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        return n > 0 ? bytes[0..<n] : nil
        #else
        return nil
        #endif
    }

    /// Kills the worker (if it still runs) and reaps it; returns how it ended.
    @discardableResult
    func stop() -> Termination {
        if !exited { kill(pid, SIGKILL) }
        return reap()
    }

    /// Waits for the worker to end (after it closed its socket) and says how it ended.
    func reap() -> Termination {
        guard !exited else { return .exited(0) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        exited = true
        drainStandardError()
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    /// How a worker ended.
    enum Termination {
        /// It exited with this status.
        case exited(Int32)
        /// A signal ended it.
        case signalled(Int32)
    }

    private func drainStandardError() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        var fds = [pollfd(fd: stderr, events: Int16(POLLIN), revents: 0)]
        while poll(&fds, 1, 0) > 0, fds[0].revents != 0 {
            let n = chunk.withUnsafeMutableBytes { read(stderr, $0.baseAddress, $0.count) }
            guard n > 0 else { return }
            errorText += chunk[0..<n]
            if errorText.count > 4096 { errorText.removeFirst(errorText.count - 4096) }
        }
    }
}

/// Why a worker could not be started.
public struct SpawnError: Error, Sendable {
    /// The operating system's reason.
    public var reason: String
}
