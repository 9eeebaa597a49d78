import Foundation

/// Runs work on a thread with a large stack, so that deeply nested input (10,000 nested block
/// quotes, say) is walked recursively without overflowing the main thread's stack.
enum LargeStack {
    /// Stack size for the worker thread: 1 GiB of address space, touched only as deep as needed.
    static let size = 1 << 30

    /// Runs `work` on the large-stack thread and waits for its result.
    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = work()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
        return box.value!
    }

    /// Hands the result from the worker to the caller; the semaphore orders the accesses.
    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }
}
