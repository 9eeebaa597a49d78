import Optim
import SwiftSyntax

/// A note's own types adopting Optim's protocols (`struct Bowl: Objective`, `struct Armijo:
/// LineSearch`, `struct SignSGD: GradientOptimizer`, `struct ExpFit: LeastSquaresObjective`): each
/// protocol is known to the compiler as a protocol of the notes holding its requirements and
/// refining those Optim's refines (`Bindings.adoptableProtocols`), so a type adopting it is checked
/// and has its members bound to the requirements as for the note's own protocols; where the value
/// goes to Optim, it travels in a Swift value conforming to the most refined protocol it adopts,
/// whose requirements run those members.
extension Bindings {
    /// Optim's protocols a note's type may adopt, as protocols of the notes by name: their
    /// requirements as Optim declares them, those Optim's extensions implement marked provided,
    /// and the protocols they refine (`LeastSquaresObjective: Objective`) as their `protocols`, as
    /// a note's protocol refining another has them.
    static func makeAdoptableProtocols(_ bindings: Bindings) -> [String: StructType] {
        let objective = bindings.type("Objective"), tensors = SType.array(bindings.type("Tensor"))
        func p(_ label: String?, _ type: SType, isInout: Bool = false) -> Signature.Parameter {
            Signature.Parameter(label: label, type: type, hasDefault: false, isInout: isInout)
        }
        let steps = [
            "GradientOptimizer": [p(nil, tensors, isInout: true), p("gradients", tensors)],
            "ObjectiveOptimizer": [p(nil, .vector, isInout: true), p("on", objective)],
        ]
        var protocols: [String: StructType] = [:]
        // Each after those it refines.
        for name in ["Objective", "LeastSquaresObjective", "LearningRateSchedule", "LineSearch", "GradientOptimizer", "ObjectiveOptimizer"] {
            let t = StructType(name: name)
            let info = ProtocolInfo(syntax: nil)
            t.protocolInfo = info
            t.protocols = bindings.types[name]!.protocols.sorted().map { protocols[$0]! }
            /// Adds the requirement `member`: a method with `parameters`, or a property (nil).
            func require(_ member: String, _ parameters: [Signature.Parameter]?, _ result: SType, throwing: Bool = true,
                         mutating: Bool = false, settable: Bool = false, provided: Bool = false) {
                let code = FunctionCode(name: member, parameterCount: parameters?.count ?? 0)
                let signature = Signature(parameters: parameters ?? [], result: result, throwing: throwing)
                let method = StructType.Method(code: code, signature: signature, isMutating: mutating, isStatic: false)
                if parameters == nil { t.computed[member] = method } else { t.methods[member] = method }
                if settable {
                    t.setters[member] = StructType.Method(code: FunctionCode(name: member, parameterCount: 1),
                                                          signature: Signature(parameters: [p(nil, result)], result: .void),
                                                          isMutating: true, isStatic: false)
                }
                info.requirements.insert(member)
                if provided { info.provided.insert(member) }
            }
            switch name {
            case "Objective":
                require("dimension", nil, .int, throwing: false)
                for (member, result) in [("value", SType.double), ("gradient", .vector), ("hessian", .matrix)] {
                    require(member, [p("at", .vector)], result)
                }
                require("valueAndGradient", [p("at", .vector)], .tuple([.double, .vector], labels: ["value", "gradient"]), provided: true)
            case "LeastSquaresObjective":
                require("residuals", [p("at", .vector)], .vector)
                require("jacobian", [p("at", .vector)], .matrix)
            case "LearningRateSchedule":
                require("learningRate", [p("at", .int)], .double, throwing: false)
            case "LineSearch":
                require("stepLength", [p("on", objective), p("at", .vector), p("direction", .vector), p("value", .double),
                                       p("gradient", .vector), p("initialStep", .double)], .double)
            default:
                require("lr", nil, .double, throwing: false, settable: true)
                require("step", steps[name]!, .void, mutating: true)
            }
            protocols[name] = t
        }
        return protocols
    }
}

extension Compiler {
    /// The protocols of Optim that the note's type `t` adopts, directly or as ones they refine
    /// (see `Bindings.adoptableProtocols`): each before those it refines, as swiftc reports them,
    /// else by name.
    func optimProtocols(of t: StructType) -> [StructType] {
        bindings.adoptableProtocols.values.filter { t.conformances.contains("Optim." + $0.name) }.sorted { a, b in
            a.allProtocols.count != b.allProtocols.count ? a.allProtocols.count > b.allProtocols.count : a.name < b.name
        }
    }

    /// The native protocol among Optim's that the note's type `t` adopts, and its methods named
    /// `name`, that a call of `name` on a value of `t` runs when `t` declares no such member: a
    /// method Optim's extension of the protocol declares (`checkDimension(of:)`), or the default
    /// of a requirement `t` leaves to it (`valueAndGradient(at:)`).
    func adoptedLibraryMethods(of t: StructType, _ name: String) -> (protocol: NativeType, overloads: [NativeFunction])? {
        optimProtocols(of: t).lazy.compactMap { p in
            self.bindings.types[p.name].flatMap { native in native.methods[name].map { (native, $0) } }
        }.first
    }

    /// The note's extension of one of Optim's protocols that its type `t` adopts which declares
    /// the member `name` (`extension LearningRateSchedule { func rates(_:) }`), with the protocol.
    private func adoptedExtension(of t: StructType, _ name: String) -> (protocol: NativeType, members: StructType)? {
        optimProtocols(of: t).lazy.compactMap { p -> (NativeType, StructType)? in
            guard let native = self.bindings.types[p.name], let members = try? self.extensionMembers(of: .native(native), member: name)
            else { return nil }
            return (native, members)
        }.first
    }

    /// `value.checkDimension(of: x)` on a value of the note's type adopting Optim's `Objective`
    /// (see `adoptedLibraryMethods`), or a method of the note's own extension of the protocol
    /// (see `adoptedExtension`): it runs on the value as the protocol, as Swift runs a protocol
    /// extension's method, and calls back the type's members; nil when there is no such method.
    func adoptedLibraryMethodCall(_ base: Typed, _ baseExpr: ExprSyntax, _ name: String, _ args: [Argument],
                                  _ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed? {
        guard case .structure(let t) = base.type else { return nil }
        if let (p, members) = adoptedExtension(of: t, name), members.method(name)?.isMutating == false,
           let boxed = asAdoptedProtocol(base, p, c) {
            return try extensionMethodCall(boxed, baseExpr, name, args, c, expected: expected)
        }
        guard let (p, overloads) = adoptedLibraryMethods(of: t, name), let boxed = asAdoptedProtocol(base, p, c) else { return nil }
        return try callNative(overloads, receiver: boxed.code, args, c, name: name)
    }

    /// Whether a method `name` of one of Optim's protocols that the note's type `t` adopts, or of
    /// the note's extension of one, answers a call on a value of `t` (see `adoptedLibraryMethodCall`).
    func hasAdoptedMethod(_ t: StructType, _ name: String) -> Bool {
        adoptedLibraryMethods(of: t, name) != nil || adoptedExtension(of: t, name)?.members.method(name) != nil
    }

    /// Whether the note's extension of one of Optim's protocols that `t` adopts declares the
    /// computed property `name` (see `adoptedExtensionProperty`).
    func hasAdoptedProperty(_ t: StructType, _ name: String) -> Bool {
        adoptedExtension(of: t, name)?.members.computed[name] != nil
    }

    /// `x.name` of a computed property the note's extension of one of Optim's protocols declares,
    /// on a value of the note's type adopting it; nil when there is none.
    func adoptedExtensionProperty(_ base: Typed, _ name: String, _ m: MemberAccessExprSyntax, expected: SType?) throws -> Typed? {
        guard case .structure(let t) = base.type, let (p, members) = adoptedExtension(of: t, name), members.computed[name] != nil,
              let boxed = asAdoptedProtocol(base, p, m) else { return nil }
        return try extensionProperty(boxed, name, m, expected: expected)
    }

    /// `base`, a value of the note's type, as Optim's protocol `p` it adopts.
    private func asAdoptedProtocol(_ base: Typed, _ p: NativeType, _ node: some SyntaxProtocol) -> Typed? {
        guard let box = optimBridging(from: base.type, to: .native(p), node) else { return nil }
        let code = base.code
        return Typed(type: .native(p)) { f in box(try code(f)) }
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
    /// adopts; nil when `target` is not such a protocol. The value travels as the most refined of
    /// the protocols it adopts that is a `target`, as Swift's existential keeps the value's own
    /// conformances: Gauss–Newton finds a note's `LeastSquaresObjective` given as an `Objective`.
    private func optimConformance(from source: SType, to target: SType, _ node: some SyntaxProtocol) -> ((Value) -> Value)? {
        guard case .structure(let t) = source, case .native(let p) = target, p.isProtocol, t.conformances.contains("Optim." + p.name),
              let requirements = optimProtocols(of: t).first(where: { q in ([q] + q.allProtocols).contains { $0.name == p.name } })
        else { return nil }
        let (runtime, bindings, at) = (self.runtime, self.bindings, self.at(node))
        return { value in
            let note = NoteMembers(value: value, requirements: requirements, runtime: runtime, bindings: bindings, at: at)
            let box: NoteValueBox = switch requirements.name {
            case "Objective": NoteObjective(note: note)
            case "LeastSquaresObjective": NoteLeastSquaresObjective(note: note)
            case "LearningRateSchedule": NoteSchedule(note: note)
            case "LineSearch": NoteLineSearch(note: note)
            case "GradientOptimizer": NoteGradientOptimizer(note: note)
            default: NoteObjectiveOptimizer(note: note)
            }
            return bindings.object(box, declared: p.name)
        }
    }
}

/// A value of a note's type with the requirements of one of Optim's protocols, which run the
/// members its type binds to them (see `Bindings.adoptableProtocols`).
///
/// Optim cannot be told of every failure: where a requirement cannot throw (an optimizer's `lr`,
/// a schedule's `learningRate(at:)`), the note's error waits in `Runtime.libraryCallFailure`
/// for the library call to end, and meanwhile no more of the note's code runs: the requirements
/// that can throw throw it, the others answer NaN (or 0), which Optim treats as a failed step.
struct NoteMembers {
    /// The note's value, changed by its mutating members as Swift changes the value Optim holds.
    var value: Value
    /// The protocol whose requirements these are, with those of the protocols it refines.
    let requirements: StructType
    /// The session's runtime, which runs the members.
    let runtime: Runtime
    /// The session's bindings, which box the values Optim hands the members.
    let bindings: Bindings
    /// Where the value became the protocol's, for errors of the calls themselves.
    let at: SourcePoint

    /// Whether the value's type has its own member for the requirement `name` (not one that
    /// Optim's extension of the protocol provides).
    func implements(_ name: String) -> Bool {
        let code = requirement(name, \.methods).code
        return value.implementation(of: code) !== code
    }

    /// The requirement `name` of `table` (the methods, the properties or their setters) of the
    /// protocol or of one it refines.
    private func requirement(_ name: String, _ table: KeyPath<StructType, [String: StructType.Method]>) -> StructType.Method {
        ([requirements] + requirements.allProtocols).lazy.compactMap { $0[keyPath: table][name] }.first!
    }

    /// Runs the method requirement `name` with `arguments`; a mutating member's changes to the
    /// value are kept, and `arguments` holds what it gave its `inout` parameters.
    mutating func call(_ name: String, _ arguments: inout [Value]) throws -> Value {
        try failIfFailed()
        return try runtime.callMethod(requirement(name, \.methods).code, on: &value, updating: &arguments, at: at)
    }

    /// Runs the method requirement `name`, which changes neither the value nor the arguments.
    func call(_ name: String, _ arguments: Value...) throws -> Value {
        var (copy, arguments) = (self, arguments)
        return try copy.call(name, &arguments)
    }

    /// The property requirement `name`; `fallback` where the note's code fails.
    func get(_ name: String, else fallback: Value) -> Value {
        guard runtime.libraryCallFailure == nil else { return fallback }
        var receiver = value
        return recordingFailure(fallback) { try runtime.callMethod(requirement(name, \.computed).code, on: &receiver, at: at) }
    }

    /// Sets the property requirement `name`.
    mutating func set(_ name: String, _ newValue: Value) {
        guard runtime.libraryCallFailure == nil else { return }
        let setter = requirement(name, \.setters).code
        var receiver = value
        value = recordingFailure(value) {
            _ = try runtime.callMethod(setter, on: &receiver, [newValue], at: at)
            return receiver
        }
    }

    /// What `body` gives, or `fallback` where the note's code fails: its error then waits for the
    /// library call to end.
    func recordingFailure(_ fallback: Value, _ body: () throws -> Value) -> Value {
        do { return try body() } catch {
            runtime.libraryCallFailure = error as? InterpreterError ?? InterpreterError(message: "\(error)", at: at)
            return fallback
        }
    }

    /// Throws the error of the note's code that waits for the library call to end, if any.
    private func failIfFailed() throws {
        if let failure = runtime.libraryCallFailure { throw failure }
    }

    /// An objective Optim hands the note's code, as the note's value of type `any Objective`.
    func objective(_ objective: any Objective) -> Value { bindings.object(objective, declared: "Objective") }
}

/// A value of a note's type travelling in Optim as one of its protocols: printed, cast and asked
/// its type as the note's value itself, as Swift's existential would be.
protocol NoteValueBox: CustomStringConvertible, CustomDebugStringConvertible {
    /// The note's value and its members.
    var note: NoteMembers { get }
}

extension NoteValueBox {
    /// The note's value.
    var noteValue: Value { note.value }
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

/// A note's `Objective`, or a protocol refining it, as Optim's driver, line searches and
/// second-order methods query it.
private protocol NoteObjectiveBox: Objective, NoteValueBox {}

extension NoteObjectiveBox {
    var dimension: Int { note.get("dimension", else: .int(0)).int }
    func value(at x: Vector) throws -> Double { try note.call("value", .vector(x)).double }
    func gradient(at x: Vector) throws -> Vector { try note.call("gradient", .vector(x)).vector }
    func hessian(at x: Vector) throws -> Matrix { try note.call("hessian", .vector(x)).matrix }

    /// The note's own `valueAndGradient(at:)`, else Optim's, which asks for the two in turn.
    func valueAndGradient(at x: Vector) throws -> (value: Double, gradient: Vector) {
        guard note.implements("valueAndGradient"), case .tuple(let pair) = try note.call("valueAndGradient", .vector(x)) else {
            return (try value(at: x), try gradient(at: x))
        }
        return (pair.elements[0].double, pair.elements[1].vector)
    }
}

/// A note's `Objective`.
private struct NoteObjective: NoteObjectiveBox {
    let note: NoteMembers
}

/// A note's `LeastSquaresObjective`, whose residuals and Jacobian Gauss–Newton asks for.
private struct NoteLeastSquaresObjective: NoteObjectiveBox, LeastSquaresObjective {
    let note: NoteMembers

    func residuals(at x: Vector) throws -> Vector { try note.call("residuals", .vector(x)).vector }
    func jacobian(at x: Vector) throws -> Matrix { try note.call("jacobian", .vector(x)).matrix }
}

/// A note's `LearningRateSchedule`, as Optim's driver asks it for each step's rate.
private struct NoteSchedule: LearningRateSchedule, NoteValueBox, @unchecked Sendable {
    let note: NoteMembers

    func learningRate(at step: Int) -> Double {
        note.recordingFailure(.double(.nan)) { try note.call("learningRate", .int(step)) }.double
    }
}

/// A note's `LineSearch`, as Newton-type and quasi-Newton methods ask it for step lengths.
private struct NoteLineSearch: LineSearch, NoteValueBox, @unchecked Sendable {
    let note: NoteMembers

    func stepLength(on objective: any Objective, at point: Vector, direction: Vector, value: Double, gradient: Vector,
                    initialStep: Double) throws -> Double {
        try note.call("stepLength", note.objective(objective), .vector(point), .vector(direction), .double(value), .vector(gradient),
                      .double(initialStep)).double
    }
}

/// A note's `GradientOptimizer`: a value Optim's drivers copy and step, whose steps change the
/// note's value inside, as Swift's would.
private struct NoteGradientOptimizer: GradientOptimizer, NoteValueBox {
    var note: NoteMembers

    var lr: Double {
        get { note.get("lr", else: .double(.nan)).double }
        set { note.set("lr", .double(newValue)) }
    }

    mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        let tensor = note.bindings.types["Tensor"]!
        var arguments: [Value] = [.array(parameters.map(tensor.box)), .array(gradients.map(tensor.box))]
        _ = try note.call("step", &arguments)
        parameters = arguments[0].elements.compactMap { $0.native as? Tensor }
        // `minimize` reads the point back from the first parameter, which Swift's program would
        // trap on.
        if parameters.isEmpty { throw InterpreterError(message: "the optimizer's step left no parameters: index out of range", at: note.at) }
    }
}

/// A note's `ObjectiveOptimizer`: a value Optim's drivers copy and step, whose steps change the
/// note's value inside, as Swift's would.
private struct NoteObjectiveOptimizer: ObjectiveOptimizer, NoteValueBox {
    var note: NoteMembers

    var lr: Double {
        get { note.get("lr", else: .double(.nan)).double }
        set { note.set("lr", .double(newValue)) }
    }

    mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        var arguments = [Value.vector(point), note.objective(objective)]
        _ = try note.call("step", &arguments)
        point = arguments[0].vector
    }
}
