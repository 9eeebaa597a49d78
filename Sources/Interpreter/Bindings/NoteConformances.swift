import Optim
import SwiftSyntax

/// A note's own types adopting Optim's protocols (`struct Bowl: Objective`, `struct Halving:
/// LearningRateSchedule`): the note declares the requirements; where the value goes to Optim, it
/// travels in a Swift value conforming to the protocol whose requirements run the note's members.
extension Compiler {
    /// Optim's protocols a note's type may adopt, with the members each requires: a name, the
    /// parameter types (nil for a property) and the result type.
    static var adoptableProtocols: [String: [(name: String, parameters: [SType]?, result: SType)]] {
        [
            "Objective": [
                ("dimension", nil, .int), ("value", [.vector], .double), ("gradient", [.vector], .vector), ("hessian", [.vector], .matrix),
            ],
            "LearningRateSchedule": [("learningRate", [.int], .double)],
        ]
    }

    /// swiftc's error when the note's type `t` declares it adopts one of Optim's protocols but lacks
    /// a requirement (at `node`, the type's name); nil when it has them.
    func unmetOptimRequirement(of t: StructType, _ name: String, _ node: some SyntaxProtocol) -> InterpreterError? {
        for requirement in Self.adoptableProtocols[name] ?? [] {
            let found: SType?
            if let parameters = requirement.parameters {
                found = t.method(requirement.name).flatMap { m in
                    m.signature.parameters.map(\.type.description) == parameters.map(\.description) && !m.isStatic ? m.signature.result : nil
                }
            } else {
                found = t.property(requirement.name)?.signature.result ?? t.fieldIndex(requirement.name).map { t.fields[$0].type }
            }
            guard let found, found.description == requirement.result.description else {
                return error(node, "type '\(t.name)' does not conform to protocol '\(name)' (it lacks '\(requirement.name)')")
            }
        }
        return nil
    }

    /// The conversion of values of type `source` to `target` where the note's values inside go to
    /// Optim as protocols their types adopt (`Halving()` as `any LearningRateSchedule`), also as
    /// optionals, tuple elements, array elements and dictionary values; nil when none does.
    func optimBridging(from source: SType, to target: SType, _ node: some SyntaxProtocol) -> ((Value) -> Value)? {
        switch (source, target) {
        case let (.optional(a), .optional(b)):
            guard let wrapped = optimBridging(from: a, to: b, node) else { return nil }
            return { v in if case .some(let x) = v { .some(wrapped(x)) } else { v } }
        case let (_, .optional(b)): return optimBridging(from: source, to: b, node)
        case let (.array(a), .array(b)):
            guard let element = optimBridging(from: a, to: b, node) else { return nil }
            return { v in if case .array(let xs) = v { .array(xs.map(element)) } else { v } }
        case let (.dictionary(_, a), .dictionary(_, b)):
            guard let element = optimBridging(from: a, to: b, node) else { return nil }
            return { v in
                guard case .dictionary(var d) = v else { return v }
                d.values = d.values.map(element)
                return .dictionary(d)
            }
        case let (.tuple(ts, _), .tuple(es, _)) where ts.count == es.count:
            let parts = zip(ts, es).map { optimBridging(from: $0, to: $1, node) }
            guard parts.contains(where: { $0 != nil }) else { return nil }
            return { v in
                guard case .tuple(var t) = v else { return v }
                for (i, part) in parts.enumerated() { if let part { t.elements[i] = part(t.elements[i]) } }
                return .tuple(t)
            }
        default: return optimConformance(from: source, to: target, node)
        }
    }

    /// Code giving a value of the note's type `source` to Optim as the protocol `target` it
    /// adopts; nil when `target` is not such a protocol.
    private func optimConformance(from source: SType, to target: SType, _ node: some SyntaxProtocol) -> ((Value) -> Value)? {
        guard case .structure(let t) = source, case .native(let p) = target, p.isProtocol, t.conformances.contains("Optim." + p.name),
              let requirements = Self.adoptableProtocols[p.name] else { return nil }
        let (runtime, bindings, at) = (self.runtime, self.bindings, self.at(node))
        let members = requirements.map { r in
            r.parameters == nil ? (t.property(r.name)?.code, t.fieldIndex(r.name)) : (t.method(r.name)?.code, nil)
        }
        return { value in
            let note = NoteMembers(value: value, members: members, runtime: runtime, at: at)
            return p.name == "Objective" ? bindings.object(NoteObjective(note), declared: p.name)
                : bindings.object(NoteSchedule(note), declared: p.name)
        }
    }
}

/// A value of a note's type and its members that answer an Optim protocol's requirements, in
/// the order `Compiler.adoptableProtocols` lists them: a method's or getter's code, or a stored
/// property's index.
private struct NoteMembers {
    let value: Value
    let members: [(code: FunctionCode?, field: Int?)]
    let runtime: Runtime
    let at: SourcePoint

    /// Runs requirement `i` with `arguments`.
    func call(_ i: Int, _ arguments: Value...) throws -> Value {
        if let field = members[i].field { return value.field(field) }
        guard let declared = members[i].code else { return .void }
        var receiver = value
        return try runtime.callMethod(declared, on: &receiver, arguments, at: at)
    }
}

/// A value of a note's type travelling in Optim as one of its protocols: printed, cast and asked
/// its type as the note's value itself, as Swift's existential would be.
protocol NoteValueBox: CustomStringConvertible, CustomDebugStringConvertible {
    /// The note's value.
    var noteValue: Value { get }
}

extension NoteValueBox {
    var description: String { noteValue.description }
    var debugDescription: String { noteValue.debugDescription }
}

extension Value {
    /// The note's value inside a value of an Optim protocol's type (see `NoteValueBox`), else itself.
    var openedNoteValue: Value {
        guard case .object(let o) = self, let box = o.value as? NoteValueBox else { return self }
        return box.noteValue
    }
}

/// A note's `Objective`, as Optim's driver, line searches and second-order methods query it.
private struct NoteObjective: Objective, NoteValueBox {
    let note: NoteMembers
    init(_ note: NoteMembers) { self.note = note }
    var noteValue: Value { note.value }

    var dimension: Int {
        guard case .int(let n)? = try? note.call(0) else { return 0 }
        return n
    }
    func value(at x: Vector) throws -> Double { try note.call(1, .vector(x)).double }
    func gradient(at x: Vector) throws -> Vector { try note.call(2, .vector(x)).vector }
    func hessian(at x: Vector) throws -> Matrix { try note.call(3, .vector(x)).matrix }
}

/// A note's `LearningRateSchedule`, as Optim's driver asks it for each step's rate.
struct NoteSchedule: LearningRateSchedule, NoteValueBox, @unchecked Sendable {
    fileprivate let note: NoteMembers
    fileprivate init(_ note: NoteMembers) { self.note = note }
    var noteValue: Value { note.value }

    /// The rate for `step`, or the error the note's code met computing it, which
    /// `BudgetSchedule` reports for the run.
    func rate(at step: Int) throws -> Double { try note.call(0, .int(step)).double }

    /// The rate for `step`; NaN, which stops a run, where the note's code fails (the protocol's
    /// requirement cannot throw).
    func learningRate(at step: Int) -> Double { (try? rate(at: step)) ?? .nan }
}
