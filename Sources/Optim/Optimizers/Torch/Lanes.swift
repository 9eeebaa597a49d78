// Optim's explicit vector code: every elementwise update of the torch.optim ports is written once, on
// `Lanes`, and `ElementwiseBuffers.update` runs it over a tensor, eight elements at a time, the last
// few padded to a whole group. The elementwise operations torch's updates need (its lerp, its
// NaN-propagating maximum, the square root of a sum of squares) are here in their lane form.
//
// This file uses the standard library only, so that it also compiles for targets whose Foundation
// this toolchain lacks: `.ci/arm64` compiles it for arm64.

/// Eight Float64 elements of a tensor: what the torch.optim ports' elementwise updates compute on.
///
/// An update written on `SIMD8` is vector code on every target's baseline instruction set (four SSE2
/// registers on x86-64, four NEON registers on arm64, two AVX registers when this repository builds
/// for its own CPU) instead of depending on the auto-vectoriser, which keeps a loop with selects
/// scalar on SSE2. Lane arithmetic is the scalar IEEE arithmetic element by element, in the order the
/// expression is written, and Swift never contracts `a * b + c` into a fused multiply-add, so every
/// element gets exactly the bits of the same expression on `Double`.
typealias Lanes = SIMD8<Double>

/// An elementwise update of one group of lanes: the parameters θ, the gradient g and three state
/// buffers s₀, s₁, s₂; θ and the states are updated in place.
typealias LaneUpdate = (_ theta: inout Lanes, _ gradient: Lanes, _ s0: inout Lanes, _ s1: inout Lanes, _ s2: inout Lanes) -> Void

/// The buffers of one parameter tensor that an elementwise update reads and writes.
struct ElementwiseBuffers {
    /// The parameters θ, updated in place.
    let parameters: UnsafeMutableBufferPointer<Double>
    /// The gradient, as long as `parameters`.
    let gradients: UnsafeBufferPointer<Double>
    /// The optimizer's state buffers, each as long as `parameters` or empty: an empty buffer is state
    /// the optimizer does not keep, whose lanes read as zero and are not written back.
    let states: (UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>)

    /// Applies `update` to the elements in `range`: whole groups of eight loaded straight from the
    /// buffers, then the remaining elements as one group padded with zeros, whose padding lanes are
    /// computed and dropped. Each element's result depends on that element alone, so it does not
    /// depend on where `range` starts or on the lane the element lands in.
    @inline(__always)
    func update(_ range: Range<Int>, _ update: LaneUpdate) {
        var start = range.lowerBound
        while range.upperBound - start >= Lanes.scalarCount {
            updateGroup(at: start, count: Lanes.scalarCount, update)
            start += Lanes.scalarCount
        }
        if start < range.upperBound {
            updateGroup(at: start, count: range.upperBound - start, update)
        }
    }

    /// Applies `update` to the `count` ≤ 8 elements from `start`.
    @inline(__always)
    private func updateGroup(at start: Int, count: Int, _ update: LaneUpdate) {
        var theta = Lanes(loading: UnsafeBufferPointer(parameters), at: start, count: count)
        var s0 = Lanes(loading: UnsafeBufferPointer(states.0), at: start, count: count)
        var s1 = Lanes(loading: UnsafeBufferPointer(states.1), at: start, count: count)
        var s2 = Lanes(loading: UnsafeBufferPointer(states.2), at: start, count: count)
        update(&theta, Lanes(loading: gradients, at: start, count: count), &s0, &s1, &s2)
        theta.store(into: parameters, at: start, count: count)
        s0.store(into: states.0, at: start, count: count)
        s1.store(into: states.1, at: start, count: count)
        s2.store(into: states.2, at: start, count: count)
    }
}

extension SIMD8 where Scalar == Double {
    /// The `count` ≤ 8 elements of `buffer` from `start`, the other lanes zero; all zero when
    /// `buffer` is empty.
    @inline(__always)
    init(loading buffer: UnsafeBufferPointer<Double>, at start: Int, count: Int) {
        self.init()
        guard let base = buffer.baseAddress else { return }
        if count == Self.scalarCount {
            self = UnsafeRawPointer(base + start).loadUnaligned(as: Self.self)
        } else {
            for lane in 0..<count { self[lane] = base[start + lane] }
        }
    }

    /// Writes the first `count` ≤ 8 lanes to `buffer` from `start`; nothing when `buffer` is empty.
    @inline(__always)
    func store(into buffer: UnsafeMutableBufferPointer<Double>, at start: Int, count: Int) {
        guard let base = buffer.baseAddress else { return }
        if count == Self.scalarCount {
            UnsafeMutableRawPointer(base + start).storeBytes(of: self, as: Self.self)
        } else {
            for lane in 0..<count { base[start + lane] = self[lane] }
        }
    }
}

/// Torch's scalar-weight `lerp(start, end, weight)` (ATen `Lerp.h`) in every lane: the formula anchored
/// at the nearer end point, so that weight 0 gives `start` and weight 1 gives `end` exactly.
@inline(__always)
func torchLerp(_ start: Lanes, _ end: Lanes, _ weight: Double) -> Lanes {
    abs(weight) < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight)
}

/// Torch's NaN-propagating `maximum` in every lane: `a` where it is NaN or greater than `b`, else `b`.
@inline(__always)
func torchMaximum(_ a: Lanes, _ b: Lanes) -> Lanes {
    b.replacing(with: a, where: (a .!= a) .| (a .> b))
}

/// |x| in every lane.
@inline(__always)
func magnitude(_ x: Lanes) -> Lanes {
    var result = Lanes()
    for lane in x.indices { result[lane] = abs(x[lane]) }
    return result
}

/// √x in every lane, for x that is ≥ 0 or NaN by construction (a running sum of squares with
/// non-negative weights), bit for bit equal to `x.squareRoot()` there.
///
/// On Linux `squareRoot()` keeps a libm `sqrt` call for negative arguments, which may set `errno`;
/// through `abs` the compiler sees that cannot happen and emits one vector square root.
@inline(__always)
func squareRootOfNonNegative(_ x: Lanes) -> Lanes {
    var result = Lanes()
    for lane in x.indices { result[lane] = abs(x[lane]).squareRoot() }
    return result
}
