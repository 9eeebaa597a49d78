import Foundation

/// Runs work on threads with a large stack, so that deeply nested input (10,000 nested block
/// quotes, say) is walked recursively without overflowing an ordinary thread's stack.
enum LargeStack {
    /// Stack size for worker threads: 1 GiB of address space, touched only as deep as needed.
    static let size = 1 << 30

    /// How many top-level blocks a note needs before per-block work is split between cores (a
    /// course note has a few hundred; a 1 MB note several thousand).
    static let parallelBlocks = 2048

    /// Runs `work` on a large-stack thread and waits for its result.
    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) -> T {
        map(1) { _ in work() }[0]
    }

    /// `work(0) … work(count − 1)` on up to one large-stack thread per core; results in index order,
    /// so the outcome does not depend on scheduling.
    static func map<T: Sendable>(_ count: Int, _ work: @escaping @Sendable (Int) -> T) -> [T] {
        let shared = Shared<T>(count: count)
        let workers = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount))
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            let thread = Thread {
                while let index = shared.claim() { shared.store(work(index), at: index) }
                done.signal()
            }
            thread.stackSize = size
            thread.start()
        }
        for _ in 0..<workers { done.wait() }
        return shared.results.map { $0! }
    }

    /// `transform` applied to `items` in one chunk per core, results concatenated in order, for
    /// work that is independent per item; with fewer than `minimum` items (where threads would
    /// cost more than they save) the whole array is one chunk, transformed on this thread.
    static func chunked<T: Sendable, U: Sendable>(
        _ items: [T], minimum: Int, _ transform: @escaping @Sendable (ArraySlice<T>) -> [U]
    ) -> [U] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard items.count >= minimum, cores > 1 else { return transform(items[...]) }
        let size = (items.count + cores - 1) / cores
        return map(cores) { chunk in transform(items[min(items.count, chunk * size)..<min(items.count, (chunk + 1) * size)]) }
            .flatMap { $0 }
    }

    /// The next index to claim and the results, behind one lock.
    private final class Shared<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private let count: Int
        private(set) var results: [T?]

        init(count: Int) {
            self.count = count
            results = Array(repeating: nil, count: count)
        }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ value: T, at index: Int) {
            lock.lock()
            results[index] = value
            lock.unlock()
        }
    }
}
