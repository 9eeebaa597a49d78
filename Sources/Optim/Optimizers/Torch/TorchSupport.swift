import Dispatch
import Foundation

// Shared machinery of the torch.optim ports: hyperparameter checks with torch's messages, the shape
// bookkeeping of lazily created state, torch's `lerp`, and the chunked (optionally parallel) loop
// that every fused per-element update runs in.

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

/// Torch's scalar-weight `lerp(start, end, weight)` (ATen `Lerp.h`): the formula anchored at the nearer
/// end point, so that weight 0 gives `start` and weight 1 gives `end` exactly.
@inline(__always)
func torchLerp(_ start: Double, _ end: Double, _ weight: Double) -> Double {
    abs(weight) < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight)
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

    /// Updates both moments of element `j` in `m` and `v`; returns the parameter after decoupled
    /// decay, the gradient used, and the new moments.
    @inline(__always)
    func update(
        _ j: Int, _ p: UnsafeMutableBufferPointer<Double>, _ g: UnsafeBufferPointer<Double>,
        _ m: UnsafeMutableBufferPointer<Double>, _ v: UnsafeMutableBufferPointer<Double>
    ) -> (theta: Double, gradient: Double, m: Double, v: Double) {
        var d = sign * g[j]
        var theta = p[j]
        if decaysParameter { theta = theta * parameterDecay }
        if decaysGradient { d = d + gradientDecay * theta }
        let mj = torchLerp(m[j], d, lerpWeight)
        let vj = v[j] * beta2 + gradientSquareWeight * d * d
        m[j] = mj
        v[j] = vj
        return (theta, d, mj, vj)
    }
}

/// Torch's NaN-propagating `maximum`.
@inline(__always)
func torchMaximum(_ a: Double, _ b: Double) -> Double {
    a.isNaN || a > b ? a : b
}

/// √x for an x that is ≥ 0 or NaN by construction (a running sum of squares with non-negative
/// weights), bit for bit equal to `x.squareRoot()` there.
///
/// On Linux `squareRoot()` is a libm `sqrt` call that may set `errno` for negative arguments, which
/// keeps LLVM from vectorising the loop around it; through `abs` it sees that cannot happen and emits
/// vector square roots.
@inline(__always)
func squareRootOfNonNegative(_ x: Double) -> Double {
    abs(x).squareRoot()
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

/// Walks every parameter tensor together with its gradient and two state buffers of the same
/// shape (Adam's moments, Adamax's m and u), in chunks that run in parallel for large tensors:
/// `body(p, g, a, b, range)` updates the elements in `range`. The buffers arrive as local
/// pointers, so the body's loop keeps their base addresses in registers and vectorises.
func updateElementwise(
    _ parameters: inout [Tensor], _ gradients: [Tensor], _ first: inout [Tensor], _ second: inout [Tensor],
    _ body: (UnsafeMutableBufferPointer<Double>, UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>,
        UnsafeMutableBufferPointer<Double>, Range<Int>) -> Void
) {
    for i in parameters.indices {
        parameters[i].scalars.withUnsafeMutableBufferPointer { p in
            gradients[i].scalars.withUnsafeBufferPointer { g in
                first[i].scalars.withUnsafeMutableBufferPointer { a in
                    second[i].scalars.withUnsafeMutableBufferPointer { b in
                        forEachChunk(p.count) { range in body(p, g, a, b, range) }
                    }
                }
            }
        }
    }
}
