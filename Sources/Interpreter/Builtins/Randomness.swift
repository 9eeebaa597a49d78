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

    /// Compiles `g.next(upperBound: n)` or the generic `g.next()` of an unsigned integer type other
    /// than `UInt64` (`let b: UInt32 = g.next()`) on a note's generator `g`: `RandomNumberGenerator`'s
    /// own members, which draw from its `next()`; nil for another call.
    func generatorDrawCall(_ t: StructType, _ base: ExprSyntax, _ name: String, _ args: [Argument],
                           _ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed? {
        guard name == "next", !t.isClass, t.conformances.contains("RandomNumberGenerator"), let next = Self.generatorNext(of: t) else { return nil }
        let bound: Typed?
        let kind: FixedWidthKind
        switch args.map(\.label) {
        case ["upperBound"]:
            let typed = try expression(args[0].expression)
            guard let k = fixedWidthKind(typed.type), k.negate == nil else {
                throw error(args[0].expression, "instance method 'next(upperBound:)' requires that '\(typed.type)' conform to 'UnsignedInteger'")
            }
            (bound, kind) = (typed, k)
        case []:
            guard let expected, let k = fixedWidthKind(expected), k.negate == nil, k.type.name != "UInt64" else { return nil }
            (bound, kind) = (nil, k)
        default: return nil
        }
        let draw = noteGeneratorDraw(try inoutPlace(base, argument: base), next: next, at(c))
        let (limit, type, at) = (bound?.code, kind.type, self.at(c))
        return Typed(type: .native(type)) { f in
            let n = try limit?(f).native
            if let n = n as? any BinaryInteger, n.trailingZeroBitCount == n.bitWidth {
                throw InterpreterError(message: "upperBound cannot be zero.", at: at)
            }
            return try draw(f) { bits in
                switch (n, type.name) {
                case let (n as UInt8, _): type.box(bits.next(upperBound: n))
                case let (n as UInt16, _): type.box(bits.next(upperBound: n))
                case let (n as UInt32, _): type.box(bits.next(upperBound: n))
                case let (n as UInt64, _): type.box(bits.next(upperBound: n))
                case let (n as UInt, _): type.box(bits.next(upperBound: n))
                case (_, "UInt8"): type.box(bits.next() as UInt8)
                case (_, "UInt16"): type.box(bits.next() as UInt16)
                case (_, "UInt32"): type.box(bits.next() as UInt32)
                default: type.box(bits.next() as UInt)
                }
            }
        }
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
