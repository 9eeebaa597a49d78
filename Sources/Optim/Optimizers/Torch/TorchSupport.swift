import Dispatch
import Foundation

// Shared machinery of the torch.optim ports: hyperparameter checks with torch's messages, the shape
// bookkeeping of lazily created state, the first half of every Adam-family update, and the chunked
// (optionally parallel) loop that every fused elementwise update runs in (on `Lanes`, see Lanes.swift).

/// The shapes an optimizer's state was created for on its first step, and the checks made on every step.
struct ParameterLayout: Sendable {
    /// `nil` until the first step.
    private var shapes: [[Int]]?

    /// Checks that `gradients` match `parameters`, and that both match the state's shapes.
    ///
    /// - Returns: `true` on the first step, when the caller must create its state.
    /// - Throws: ``OptimError/shapeMismatch(_:)`` naming both shapes.
    mutating func validate(_ parameters: [Tensor], _ gradients: [Tensor], optimizer: String) throws -> Bool {
        guard parameters.count == gradients.count else {
            throw OptimError.shapeMismatch(
                "\(optimizer).step: \(parameters.count) parameter tensors but \(gradients.count) gradients")
        }
        for (index, (parameter, gradient)) in zip(parameters, gradients).enumerated()
        where parameter.shape != gradient.shape {
            throw OptimError.shapeMismatch(
                "\(optimizer).step: gradient \(index) has shape \(gradient.shape) "
                    + "but parameter \(index) has shape \(parameter.shape)")
        }
        guard let shapes else {
            shapes = parameters.map(\.shape)
            return true
        }
        guard shapes.count == parameters.count else {
            throw OptimError.shapeMismatch(
                "\(optimizer).step: \(parameters.count) parameter tensors but the state was created "
                    + "for \(shapes.count)")
        }
        for (index, (parameter, shape)) in zip(parameters, shapes).enumerated() where parameter.shape != shape {
            throw OptimError.shapeMismatch(
                "\(optimizer).step: parameter \(index) has shape \(parameter.shape) "
                    + "but the state was created for shape \(shape)")
        }
        return false
    }
}

/// Throws torch's `ValueError` wording as ``OptimError/invalidArgument(_:)`` unless `valid`.
///
/// Conditions are written as torch writes them (`0.0 <= lr`), so NaN is rejected too.
func require(_ valid: Bool, _ message: @autoclosure () -> String) throws {
    if !valid { throw OptimError.invalidArgument(message()) }
}

/// What every Adam-family step (Adam, AdamW, NAdam, RAdam) does first to each element, one torch
/// in-place op at a time: the gradient negated under `maximize`; decoupled weight decay
/// (`θ·(1 − lr·λ)`) or coupled decay added to the gradient (`g + λθ`); then the first moment by
/// torch's lerp towards the gradient and the second by `β₂·v + (1 − β₂)·g²`.
struct AdamMoments {
    let sign, beta2, lerpWeight, gradientSquareWeight, gradientDecay, parameterDecay: Double
    let decaysGradient, decaysParameter: Bool

    init(lr: Double, betas: (Double, Double), weightDecay: Double, decoupled: Bool, maximize: Bool) {
        sign = maximize ? -1 : 1
        beta2 = betas.1
        (lerpWeight, gradientSquareWeight) = (1 - betas.0, 1 - betas.1)
        (gradientDecay, parameterDecay) = (weightDecay, 1 - lr * weightDecay)
        (decaysGradient, decaysParameter) = (weightDecay != 0 && !decoupled, weightDecay != 0 && decoupled)
    }

    /// Updates both moments, `m` and `v`, of a group of lanes with parameters `theta` and gradient
    /// `gradient`; returns the parameters after decoupled decay and the gradient used.
    @inline(__always)
    func update(_ theta: Lanes, _ gradient: Lanes, _ m: inout Lanes, _ v: inout Lanes) -> (theta: Lanes, gradient: Lanes) {
        var d = sign * gradient
        var theta = theta
        if decaysParameter { theta = theta * parameterDecay }
        if decaysGradient { d = d + gradientDecay * theta }
        m = torchLerp(m, d, lerpWeight)
        v = v * beta2 + gradientSquareWeight * d * d
        return (theta, d)
    }
}

/// Calls `body` with the scalars of `state[index]`, or with an empty buffer when the optimizer keeps
/// no such state (`state` is empty), so that optional buffers bind like the others.
@inline(__always)
func withStateBuffer<Result>(
    _ state: inout [Tensor], _ index: Int, _ body: (UnsafeMutableBufferPointer<Double>) -> Result
) -> Result {
    guard !state.isEmpty else { return body(UnsafeMutableBufferPointer(start: nil, count: 0)) }
    return state[index].scalars.withUnsafeMutableBufferPointer { body($0) }
}

/// The smallest number of elements worth a chunk of its own on another thread.
let parallelGrain = 1 << 16

/// The number of cores large updates are spread over.
let parallelWorkers = ProcessInfo.processInfo.activeProcessorCount

/// Calls `body` on contiguous ranges covering `0..<count`: once with the whole range for small
/// tensors or on one core, otherwise on up to 8 chunks per core, which Dispatch's worker threads
/// take in turn (so a core that other processes slow down holds back less than its share).
///
/// Every element is updated by exactly one call with the same arithmetic, so results do not depend on
/// the split.
@inline(__always)
func forEachChunk(_ count: Int, _ body: (Range<Int>) -> Void) {
    let chunks = min(8 * parallelWorkers, count / parallelGrain)
    guard parallelWorkers > 1, chunks > 1 else {
        body(0..<count)
        return
    }
    withoutActuallyEscaping(body) { body in
        let shared = ConcurrentChunkBody(body)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            shared.body(count * chunk / chunks..<count * (chunk + 1) / chunks)
        }
    }
}

/// Hands a chunk body to Dispatch's worker threads.
///
/// `@unchecked` because the body writes through raw pointers: it is sound as long as the calls
/// touch disjoint index ranges, which `forEachChunk` guarantees, and finish before it returns.
private struct ConcurrentChunkBody: @unchecked Sendable {
    let body: (Range<Int>) -> Void
    init(_ body: @escaping (Range<Int>) -> Void) { self.body = body }
}

/// An elementwise update of one chunk of a parameter tensor: it calls
/// `chunk.update(range) { theta, g, s0, s1, s2 in … }` with the lane update written in place.
///
/// The chunk, not the lane update, is what crosses to Dispatch's worker threads: a closure stored for
/// them is opaque to the optimiser, so a lane update passed through it would be an indirect call
/// for every eight elements (up to a quarter of SGD's step time), while one written at the `update(_:_:)` call
/// is inlined into the loop over the chunk.
typealias ChunkUpdate = (_ chunk: ElementwiseBuffers, _ range: Range<Int>) -> Void

/// Applies the elementwise `update` to every parameter tensor with its gradient and its elements of
/// up to three kinds of state (`first`, `second`, `third`: one tensor per parameter tensor, or empty
/// for state the optimizer does not keep), in chunks that run in parallel for large tensors.
@inline(__always)
func updateElementwise(
    _ parameters: inout [Tensor], _ gradients: [Tensor],
    _ first: inout [Tensor], _ second: inout [Tensor], _ third: inout [Tensor], _ update: ChunkUpdate
) {
    for i in parameters.indices {
        parameters[i].scalars.withUnsafeMutableBufferPointer { p in
            gradients[i].scalars.withUnsafeBufferPointer { g in
                withStateBuffer(&first, i) { a in
                    withStateBuffer(&second, i) { b in
                        withStateBuffer(&third, i) { c in
                            let buffers = ElementwiseBuffers(parameters: p, gradients: g, states: (a, b, c))
                            forEachChunk(p.count) { range in update(buffers, range) }
                        }
                    }
                }
            }
        }
    }
}

/// ``updateElementwise(_:_:_:_:_:_:)`` for an optimizer with two kinds of state.
@inline(__always)
func updateElementwise(
    _ parameters: inout [Tensor], _ gradients: [Tensor], _ first: inout [Tensor], _ second: inout [Tensor],
    _ update: ChunkUpdate
) {
    var none: [Tensor] = []
    updateElementwise(&parameters, gradients, &first, &second, &none, update)
}

/// ``updateElementwise(_:_:_:_:_:_:)`` for an optimizer with one kind of state (possibly empty).
@inline(__always)
func updateElementwise(_ parameters: inout [Tensor], _ gradients: [Tensor], _ first: inout [Tensor], _ update: ChunkUpdate) {
    var (second, third): ([Tensor], [Tensor]) = ([], [])
    updateElementwise(&parameters, gradients, &first, &second, &third, update)
}
