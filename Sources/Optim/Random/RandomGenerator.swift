/// A seeded pseudo-random generator that yields the same numbers on every platform: xoshiro256**
/// (Blackman & Vigna, 2018) with its 256-bit state filled by splitmix64 from a 64-bit seed.
///
/// Every derived quantity is computed with IEEE-754 arithmetic only, so it is bit-for-bit
/// reproducible: uniforms are `(next() >> 11) · 2⁻⁵³`, integers below n use rejection, and normals
/// use the Marsaglia polar method with a logarithm written in plain arithmetic (not the platform's
/// libm, whose last bit may differ between systems).
///
/// xoshiro256**: output = rotl(s₁ · 5, 7) · 9; t = s₁ ≪ 17; s₂ ^= s₀; s₃ ^= s₁; s₁ ^= s₂; s₀ ^= s₃;
/// s₂ ^= t; s₃ = rotl(s₃, 45).
///
/// ```swift
/// var rng = RandomGenerator(seed: 42)
/// let u = rng.uniform()         // in [0, 1)
/// let z = rng.normal()          // standard normal
/// let batches = rng.miniBatches(count: 100, batchSize: 32)
/// ```
public struct RandomGenerator: RandomNumberGenerator, Sendable, Hashable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64
    /// The second normal deviate of the last polar-method pair, returned by the next `normal()`.
    private var spareNormal: Double?

    /// A generator whose state is four successive splitmix64 outputs starting from `seed`:
    /// z ← seed + k·0x9E3779B97F4A7C15; z ← (z ⊕ z≫30)·0xBF58476D1CE4E5B9; z ← (z ⊕ z≫27)·0x94D049BB133111EB;
    /// output z ⊕ z≫31.
    public init(seed: UInt64) {
        var state = seed
        func splitmix() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitmix()
        s1 = splitmix()
        s2 = splitmix()
        s3 = splitmix()
        spareNormal = nil
    }

    /// The next 64 random bits (one xoshiro256** step).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }

    /// A uniform double in [0, 1): the top 53 bits of `next()` times 2⁻⁵³.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in [a, b): a + (b − a)·u.
    public mutating func uniform(in range: Range<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * uniform()
    }

    /// A uniform integer in 0..<n, unbiased: draws below the largest multiple of n under 2⁶⁴ are
    /// reduced mod n, the rest are rejected.
    public mutating func int(below n: Int) -> Int {
        precondition(n > 0, "RandomGenerator.int(below:) needs n > 0, got \(n)")
        let bound = UInt64(n)
        let limit = UInt64.max - UInt64.max % bound
        while true {
            let x = next()
            if x < limit { return Int(x % bound) }
        }
    }

    /// A standard normal deviate by the Marsaglia polar method: draw u, v uniform in (−1, 1) until
    /// 0 < s = u² + v² < 1, then u·√(−2 ln s / s) and v·√(−2 ln s / s) are independent N(0, 1);
    /// the second is kept for the next call.
    public mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let factor = (-2 * PortableMath.log(s) / s).squareRoot()
                spareNormal = v * factor
                return u * factor
            }
        }
    }

    /// A normal deviate with the given mean μ and standard deviation σ: μ + σ·z.
    public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        mean + standardDeviation * normal()
    }
}
