import Foundation

/// Runs work on threads with a large stack, so that deeply nested input (10,000 nested block
/// quotes, say) is walked recursively without overflowing an ordinary thread's stack.
enum LargeStack {
    /// Stack size for worker threads: 1 GiB of address space, touched only as deep as needed.
    static let size = 1 << 30

    /// How many top-level blocks a note needs before per-block work is split between cores (a
    /// course note has a few hundred; a 1 MB note several thousand).
    static let parallelBlocks = 2048

    /// How long (in bytes of UTF-8) a note's Markdown needs to be before it is parsed in pieces on
    /// all cores (a course note is 10–50 KB).
    static let parallelBytes = 1 << 17

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

    /// `work` applied to consecutive ranges of `0..<count`, one per core, results in range order;
    /// below `minimum` (where threads would cost more than they save) the whole range is one
    /// chunk, done on this thread. `work` gets the chunk's index and its range. The ranges depend
    /// only on `count` and the number of cores, so two calls with the same `count` chunk alike.
    static func chunks<T: Sendable>(_ count: Int, minimum: Int, _ work: @escaping @Sendable (Int, Range<Int>) -> T) -> [T] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard count >= minimum, cores > 1 else { return [work(0, 0..<count)] }
        let size = (count + cores - 1) / cores
        return map(cores) { chunk in work(chunk, min(count, chunk * size)..<min(count, (chunk + 1) * size)) }
    }

    /// `transform` applied to `items` in one chunk per core (see ``chunks(_:minimum:_:)``), results
    /// concatenated in order, for work that is independent per item.
    static func chunked<T: Sendable, U: Sendable>(
        _ items: [T], minimum: Int, _ transform: @escaping @Sendable (ArraySlice<T>) -> [U]
    ) -> [U] {
        let results = chunks(items.count, minimum: minimum) { _, range in transform(items[range]) }
        return results.count == 1 ? results[0] : results.flatMap { $0 }
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
