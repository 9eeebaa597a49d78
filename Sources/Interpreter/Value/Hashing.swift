import Foundation

/// How a type of the note compares and hashes its values where it declares `==` or
/// `hash(into:)` itself: Swift's `Set` and `Dictionary`, `contains`, `firstIndex(of:)` and `==`
/// of collections call those, so `Value`'s own equality and hashing do too.
///
/// A note's code cannot fail where Swift calls it through `Equatable` or `Hashable`: its error
/// waits in the runtime (see `Runtime.failWhereSwiftCannotThrow`), and meanwhile no more of it
/// runs here.
final class DeclaredIdentity {
    /// The note's `==`, or nil where Swift synthesises it.
    var equal: ((Value, Value) throws -> Bool)?
    /// The note's `hash(into:)`, answering what its `Hasher` finalises to; nil where synthesised.
    var hash: ((Value) throws -> Int)?
    /// The session's runtime, which holds a failure.
    private unowned let runtime: Runtime
    /// Where the type is declared, for an error that has no place of its own.
    private let at: SourcePoint

    /// The identity of a type declared at `at` in the session of `runtime`.
    init(runtime: Runtime, at: SourcePoint) {
        self.runtime = runtime
        self.at = at
    }

    /// Whether `a` and `b` are equal by the note's `==`; false once the note's code has failed.
    func equals(_ a: Value, _ b: Value) -> Bool {
        guard let equal, runtime.libraryCallFailure == nil else { return false }
        do { return try equal(a, b) } catch {
            runtime.failWhereSwiftCannotThrow(error, at: at)
            return false
        }
    }

    /// The hash of `v` by the note's `hash(into:)`; 0 once the note's code has failed.
    func digest(_ v: Value) -> Int {
        guard let hash, runtime.libraryCallFailure == nil else { return 0 }
        do { return try hash(v) } catch {
            runtime.failWhereSwiftCannotThrow(error, at: at)
            return 0
        }
    }
}

/// A value of the standard types' `Hasher` (declared in Swift in `Compiler.standardTypes`), whose
/// one stored property lists the hashes of the values combined so far; `finalize()` is that
/// list's `digest`.
extension Value {
    /// A new `Hasher` of the type `hasher`.
    static func emptyHasher(_ hasher: StructType) -> Value { .structure(StructValue(type: hasher, fields: [.array([])])) }

    /// Combines a value whose hash is `digest` into this `Hasher`, as `combine(_:)` does.
    mutating func combineIntoHasher(_ digest: Int) {
        guard case .structure(var s) = self, case .array(var parts) = s.fields[0] else { return }
        self = .void
        parts.append(.int(digest))
        s.fields[0] = .array(parts)
        self = .structure(s)
    }

    /// What this `Hasher`'s `finalize()` answers.
    var hasherFinalized: Int { field(0).digest }
}

extension StructType {
    /// The `==` and `hash(into:)` the type, or a superclass, declares; nil where Swift
    /// synthesises both (or the type is neither `Equatable` nor `Hashable`).
    var identity: DeclaredIdentity? { declaredIdentity ?? superclass?.identity }
}

extension Value {
    /// The value's hash, consistent with `==` and the same in every run, so that a note's
    /// `hashValue` or `Hasher.finalize()` prints the same text each time (Swift seeds its hashing
    /// per process, so no text can match a compiled program's there).
    var digest: Int {
        var h = Digest()
        feed(&h)
        return h.value
    }

    /// Mixes the value into `h`: what it holds, or what its type's `hash(into:)` answers.
    private func feed(_ h: inout Digest) {
        switch self {
        case .int(let x): h.mix(UInt64(bitPattern: Int64(x)))
        // -0.0 == 0.0, so both hash as 0.
        case .double(let x): h.mix(x == 0 ? 0 : x.bitPattern)
        case .bool(let x): h.mix(x ? 1 : 0)
        case .string(let x): h.mix(x)
        case .array(let xs):
            h.mix(UInt64(xs.count))
            for x in xs { x.feed(&h) }
        case .tuple(let x):
            for e in x.elements { e.feed(&h) }
        case .none: h.mix(0)
        case .some(let x):
            h.mix(1)
            x.feed(&h)
        case .structure(let x):
            if let identity = x.type.identity, identity.hash != nil { return h.mix(UInt64(bitPattern: Int64(identity.digest(self)))) }
            for field in x.fields { field.feed(&h) }
        case .instance(let x):
            if let identity = x.type.identity, identity.hash != nil { return h.mix(UInt64(bitPattern: Int64(identity.digest(self)))) }
            h.mix(UInt64(UInt(bitPattern: ObjectIdentifier(x).hashValue)))
        case .enumeration(let x):
            if let identity = x.tag.owner.identity, identity.hash != nil { return h.mix(UInt64(bitPattern: Int64(identity.digest(self)))) }
            h.mix(UInt64(x.tag.index))
            for p in x.payload { p.feed(&h) }
        case .range(let r):
            h.mix(UInt64(bitPattern: Int64(r.lower)))
            h.mix(UInt64(bitPattern: Int64(r.upper)))
            h.mix(r.closed ? 1 : 0)
        // A dictionary hashes as Swift's does, whatever the order of its pairs.
        case .dictionary(let d):
            var sum: UInt64 = 0
            for (k, v) in zip(d.keys, d.values) {
                var pair = Digest()
                k.feed(&pair)
                v.feed(&pair)
                sum &+= UInt64(bitPattern: Int64(pair.value))
            }
            h.mix(sum)
        case .vector(let x):
            for e in x { Value.double(e).feed(&h) }
        case .matrix(let m):
            h.mix(UInt64(m.rows))
            for e in m.scalars { Value.double(e).feed(&h) }
        case .object(let x):
            // A `Float` or fixed-width integer, by its number; anything else (an `ObjectIdentifier`)
            // as Swift hashes it.
            if let f = x.value as? Float { return Value.double(Double(f)).feed(&h) }
            if let i = x.value as? any BinaryInteger { return h.mix(UInt64(truncatingIfNeeded: i)) }
            h.mix(UInt64(UInt(bitPattern: (x.value as? AnyHashable)?.hashValue ?? 0)))
        case .existential(let x): x.value.feed(&h)
        case .void, .function, .jet: h.mix(0)
        }
    }
}

/// A 64-bit hash that is the same in every run: each word is mixed in by a full-width multiply
/// (as wyhash does), and a string by its bytes in canonical form, since Swift's `==` compares
/// strings by canonical equivalence ("é" is "e" followed by a combining accent).
private struct Digest {
    private var state: UInt64 = 0x243F_6A88_85A3_08D3

    /// The hash of what was mixed in.
    var value: Int { Int(bitPattern: UInt(Digest.fold(state, 0x9E37_79B9_7F4A_7C15))) }

    mutating func mix(_ word: UInt64) {
        state = Digest.fold(state ^ word, 0xA076_1D64_78BD_642F)
    }

    mutating func mix(_ text: String) {
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        let bytes = ascii ? text.utf8 : text.precomposedStringWithCanonicalMapping.utf8
        var word: UInt64 = 0, count = 0
        for byte in bytes {
            word = word << 8 | UInt64(byte)
            count += 1
            if count % 8 == 0 {
                mix(word)
                word = 0
            }
        }
        mix(word)
        mix(UInt64(count))
    }

    private static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }
}
