/// The storage of one function activation: its parameters and locals, by slot.
///
/// Slots are resolved at compile time, so a variable read is an array index, never a
/// name lookup. A closure keeps the frame it was created in as `parent`, which is how it
/// captures variables by reference, as Swift closures do.
final class Frame {
    /// Parameters first, then locals, in the order the compiler allocated them.
    ///
    /// Raw storage rather than an array: a `let` pointer needs no exclusivity, bounds or
    /// uniqueness checks on access, which is most of the evaluator's work. Slot indices
    /// come from the compiler and are always within `count`.
    let slots: UnsafeMutablePointer<Value>
    /// The number of slots.
    let count: Int
    /// The frame of the enclosing function, for captured variables.
    @exclusivity(unchecked) var parent: Frame?
    /// The next unused frame of the same function, while this one waits in its pool.
    @exclusivity(unchecked) var nextSpare: Frame?
    /// The value of the executed `return`.
    /// (Unchecked exclusivity: written and read once per call, never overlapping.)
    @exclusivity(unchecked) var result: Value = .void

    /// A frame with `count` empty slots.
    init(count: Int, parent: Frame?) {
        self.count = count
        self.slots = .allocate(capacity: Swift.max(count, 1))
        self.slots.initialize(repeating: .void, count: count)
        self.parent = parent
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// The frame `depth` levels out.
    @inline(__always)
    func outer(_ depth: Int) -> Frame {
        var frame = self
        for _ in 0..<depth { frame = frame.parent! }
        return frame
    }
}

/// How a statement finished, so loops and functions know what to do next.
enum Flow {
    /// Fall through to the next statement.
    case normal
    /// `break` out of the loop or switch with this id.
    case breakOut(Int)
    /// `continue` the loop with this id.
    case continueLoop(Int)
    /// `return`; the value is in `Frame.result`.
    case returned
    /// `fallthrough` into the next case of the innermost switch.
    case fallingThrough
}

/// Compiled code of an expression.
typealias Code = (Frame) throws -> Value
/// Compiled code of a statement.
typealias Exec = (Frame) throws -> Flow

/// The compiled body of a function or closure, shared by every closure value made from it.
final class FunctionCode {
    /// The name used in error messages.
    let name: String
    /// The number of parameters, which occupy the first slots.
    let parameterCount: Int
    /// Slots needed by a call: parameters plus locals.
    @exclusivity(unchecked) var slotCount = 0
    /// The body; set once compiled, so recursive calls can refer to it first.
    @exclusivity(unchecked) var body: Exec = { _ in .normal }
    /// Default argument values by parameter, evaluated in the callee's new frame.
    @exclusivity(unchecked) var defaults: [Code?] = []
    /// Whether calls may reuse frames: true when the body creates no closures, so no frame
    /// outlives its call.
    var reusesFrames = false
    /// Frames of finished calls, ready for the next call (a free list through `nextSpare`).
    @exclusivity(unchecked) var spare: Frame?

    /// A function named `name` taking `parameterCount` arguments.
    init(name: String, parameterCount: Int) {
        self.name = name
        self.parameterCount = parameterCount
        // Room for the arguments even before the body is compiled, so a call that reaches a body
        // never compiled (a protocol requirement's) cannot write past its frame.
        slotCount = parameterCount
    }
}

/// A function value: compiled code with the frame it captured, or a built-in.
final class Callable {
    /// The user code, nil for a built-in.
    let code: FunctionCode?
    /// The frame the closure was created in.
    let captured: Frame?
    /// The implementation of a built-in.
    let builtin: (([Value]) throws -> Value)?
    /// For a writable key path (the function reading the value it names from a root): the
    /// function from a root and a new value to the root with that value written.
    let writer: Callable?

    /// A user function or closure.
    init(code: FunctionCode, captured: Frame?) {
        self.code = code
        self.captured = captured
        self.builtin = nil
        self.writer = nil
    }

    /// A built-in function.
    init(builtin: @escaping ([Value]) throws -> Value) {
        self.code = nil
        self.captured = nil
        self.builtin = builtin
        self.writer = nil
    }

    /// The function `reader` as a writable key path, written through by `writer`.
    init(keyPath reader: Callable, writer: Callable) {
        self.code = reader.code
        self.captured = reader.captured
        self.builtin = reader.builtin
        self.writer = writer
    }
}
