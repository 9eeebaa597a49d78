/// The operating-system limits a supervised worker runs under, beyond the interpreter's own
/// (time budget per block, array sizes, call depth, printed output: ``SessionOptions``).
public struct WorkerLimits: Codable, Sendable, Equatable {
    /// The most resident memory the worker may use, in bytes (front matter `memory-budget`). The
    /// supervisor watches it while a block runs and stops the worker beyond it.
    public var memoryBytes: Int = 2 << 30
    /// The most output (printed text, values, tables, figures) one note may produce, in bytes;
    /// blocks past it show a notice instead of their output.
    public var noteOutputBytes: Int = 32 << 20
    /// How long past its time budget a block may run before the worker is killed, in seconds: the
    /// interpreter stops a block itself at its budget, with the line it was at, unless native
    /// work (a large matrix product, say) keeps it from looking at the clock.
    public var graceSeconds: Double = 2

    /// Limits with the given values; every one has a default.
    public init(memoryBytes: Int = 2 << 30, noteOutputBytes: Int = 32 << 20, graceSeconds: Double = 2) {
        self.memoryBytes = memoryBytes
        self.noteOutputBytes = noteOutputBytes
        self.graceSeconds = graceSeconds
    }

    /// The address space the worker may reserve: its memory budget and room for what is reserved
    /// but mostly never touched (a 1 GiB stack for deep recursion, allocator arenas, the
    /// executable). It stops a single huge allocation at once, before any page of it is touched.
    var addressSpaceBytes: Int { memoryBytes.addingReportingOverflow(3 << 30).overflow ? .max : memoryBytes + (3 << 30) }
}
