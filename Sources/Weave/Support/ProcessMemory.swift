import CMalloc

/// Process-wide memory settings for programs built on weave, such as the `weave` command. The
/// library itself changes nothing global; an executable calls these once, at start.
public enum ProcessMemory {
    /// Makes glibc grow its heaps 16 MB at a time instead of 128 KB. A long note's trees are
    /// hundreds of thousands of small allocations made on several threads, and every step of a
    /// thread's heap is an `mprotect` system call: a twentieth of a fresh run on a 1 MB note, and
    /// 30% more CPU time in all (measured with `perf stat`). Pages reserved but not touched cost no
    /// memory.
    public static func growHeapsInLargeSteps() {
        #if os(Linux)
            _ = mallopt(M_TOP_PAD, 16 << 20)
        #endif
    }
}
