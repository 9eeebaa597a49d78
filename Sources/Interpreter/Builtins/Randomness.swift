import SwiftSyntax

/// The generator a random draw takes its bits from: the session's (seeded per session, so a
/// page is the same on every build), a note's own `RandomNumberGenerator` whose `next()` runs as
/// note code, or Optim's `RandomGenerator`. The draws themselves are the standard library's
/// (`Double.random(in:using:)`, `shuffle(using:)`, …), so with a note's generator they take the
/// same bits and give the same answers as compiled Swift.
struct DrawnBits: RandomNumberGenerator {
    /// The session's generator, drawn from in place (without a call through `draw`, as draws
    /// in a loop are common) when there is no `draw`.
    private(set) var session: SplitMix64
    /// The next 64 bits of a note's generator or Optim's.
    private let draw: (() -> UInt64)?

    /// Draws from the session's generator `session`.
    init(session: SplitMix64) { (self.session, draw) = (session, nil) }

    /// Draws from the generator whose next 64 bits `draw` gives.
    init(_ draw: @escaping () -> UInt64) { (session, self.draw) = (SplitMix64(seed: 0), draw) }

    /// The next 64 random bits.
    mutating func next() -> UInt64 { draw?() ?? session.next() }
}

/// Runs a draw with the generator a call names, giving the draw's value.
typealias RandomDraw = (Frame, (inout DrawnBits) throws -> Value) throws -> Value

/// Holds the value of a note's generator while a draw runs its `next()`, which changes it there.
private final class GeneratorSlot {
    /// The generator's value, `.void` between draws.
    var value: Value = .void
}

extension Compiler {
    /// Compiles the `using: &generator` argument of a random method: the session's generator when
    /// `argument` is nil, else the note's own `RandomNumberGenerator` (whose `next()` runs as
    /// the note declares it) or Optim's `RandomGenerator`, changed in place as an `inout`
    /// argument is.
    func randomDraw(_ argument: Argument?) throws -> RandomDraw {
        guard let argument else {
            let runtime = self.runtime
            return { _, body in
                var bits = DrawnBits(session: runtime.random)
                defer { runtime.random = bits.session }
                return try body(&bits)
            }
        }
        guard argument.label == "using" else { throw error(argument.expression, "use 'using: &generator'") }
        guard let reference = argument.expression.as(InOutExprSyntax.self) else {
            throw error(argument.expression, "passing value of type '\(try expression(argument.expression).type)' to an inout parameter requires explicit '&'")
        }
        let place = try inoutPlace(reference.expression, argument: argument.expression)
        switch place.type {
        case .native(let t) where t === bindings.types["RandomGenerator"]:
            return { f, body in
                try place.prepare?(f)
                var result: Value = .void
                // A copy changes and is stored back, so other copies of the generator keep their state.
                try place.prepared(f) { v in
                    var generator = (v.native as! GeneratorBox).generator
                    defer { v = t.box(GeneratorBox(generator)) }
                    var bits = DrawnBits { generator.next() }
                    result = try body(&bits)
                }
                return result
            }
        case .structure(let t) where t.conformances.contains("RandomNumberGenerator"):
            guard let next = Self.generatorNext(of: t), !t.isClass else {
                throw t.isClass ? unsupported(reference.expression, "a class as a random-number generator")
                    : error(reference.expression, "type '\(t.name)' does not conform to protocol 'RandomNumberGenerator'")
            }
            return noteGeneratorDraw(place, next: next, at(reference))
        default:
            throw error(reference.expression, "argument type '\(place.type)' does not conform to expected type 'RandomNumberGenerator'")
        }
    }

    /// The `mutating func next() -> UInt64` of a struct of the note that conforms to
    /// `RandomNumberGenerator`: nil if it has none (swiftc's error where it is declared).
    static func generatorNext(of t: StructType) -> StructType.Method? {
        guard let next = t.method("next"), next.isMutating, next.signature.parameters.isEmpty,
              case .native(let result) = next.signature.result, result.name == "UInt64" else { return nil }
        return next
    }

    /// Draws from a note's generator at `place`, calling its `next()` for each 64 bits. A
    /// run-time error in `next()` ends the draw (its remaining bits are all ones, which ends
    /// every standard draw) and is thrown after it.
    private func noteGeneratorDraw(_ place: LValue, next method: StructType.Method, _ at: SourcePoint) -> RandomDraw {
        let slot = GeneratorSlot()
        let next = invokeMutating(method, place: LValue(type: place.type, modify: { _, change in try change(&slot.value) }),
                                  arguments: [], at: at).code
        return { f, body in
            try place.prepare?(f)
            var result: Value = .void
            try place.prepared(f) { v in
                // A draw at this same place from inside `next()` (by recursion) keeps this draw's generator.
                let outer = slot.value
                slot.value = v
                defer { (v, slot.value) = (slot.value, outer) }
                var failure: (any Error)?
                var bits = DrawnBits {
                    guard failure == nil else { return .max }
                    do { return try next(f).native as? UInt64 ?? 0 } catch {
                        failure = error
                        return .max
                    }
                }
                result = try body(&bits)
                if let failure { throw failure }
            }
            return result
        }
    }
}
