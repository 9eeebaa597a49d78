#if canImport(Glibc)
import CProcess
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The walls the worker puts around itself before it runs note code. The interpreter already
/// refuses files, the network, processes and the environment; these are the operating system's
/// second line, for anything the interpreter or a library gets wrong.
enum Sandbox {
    /// Makes the kernel kill the worker when the process that started it ends, so a supervisor
    /// that is itself killed leaves no worker behind.
    static func dieWithParent() {
        #if os(Linux)
        _ = weave_kill_when_parent_dies()
        if getppid() == 1 { exit(0) }
        #endif
    }

    /// Applies `limits` and closes the worker off. Resource limits: the address space is capped
    /// (one huge allocation fails at once), no core file is written when note code traps, and no
    /// byte can be written to a regular file (the socket and pipes are not files). Where Linux has
    /// seccomp, a filter also refuses sockets, new programs and processes, and opening files to
    /// write, create, remove or rename them. Both cost nothing per call and need no privileges, as a
    /// network namespace would; the worker needs none of what they refuse (it only reads Optim's
    /// data files and talks over the socket it was given).
    static func enter(_ limits: WorkerLimits) {
        set(RLIMIT_AS, limits.addressSpaceBytes)
        set(RLIMIT_CORE, 0)
        set(RLIMIT_FSIZE, 0)
        #if os(Linux)
        _ = weave_forbid_network_processes_and_writes()
        #endif
    }

    private static func set(_ resource: __rlimit_resource, _ value: Int) {
        let v = rlim_t(clamping: value)
        var limit = rlimit(rlim_cur: v, rlim_max: v)
        _ = setrlimit(__rlimit_resource_t(resource.rawValue), &limit)
    }
}
