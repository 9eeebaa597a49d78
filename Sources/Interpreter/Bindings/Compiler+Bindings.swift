import Optim
import SwiftSyntax

/// How notes reach Optim and Figures: initialisers, free functions, members and implicit members
/// of the types in `Bindings`, matched by Swift's argument labels and checked like Swift.
extension Compiler {
    /// The session's binding tables.
    var bindings: Bindings { runtime.bindings }

    /// The member tables of a value of type `type`, if it is an Optim or Figures type.
    func nativeType(of type: SType) -> NativeType? {
        switch type {
        case .vector: bindings.vectorType
        case .matrix: bindings.matrixType
        case .jet: bindings.jetType
        case .native(let t): t
        default: nil
        }
    }

    /// The static type denoted by the name of an Optim or Figures type.
    func nativeStaticType(_ name: String) -> SType? {
        switch name {
        case "Vector": .vector
        case "Matrix": .matrix
        case "Jet": .jet
        case "Float": .native(bindings.float)
        case "Unicode": .native(bindings.unicodeNamespace)
        case "String.Index": .native(bindings.stringIndex)
        case "Unicode.Scalar", "UnicodeScalar": .native(bindings.unicodeScalar)
        case "NSString": .native(bindings.nsString)
        default: bindings.fixedWidth[name].map { .native($0.type) } ?? bindings.types[name].map { .native($0) }
        }
    }

    /// Compiles a call of the first overload whose labels and types match the arguments.
    ///
    /// Optim's errors (`OptimError`) become errors at the calling line; Swift's rule that a
    /// throwing call is marked with `try` is enforced.
    func callNative(_ overloads: [NativeFunction], receiver: Code?, place: LValue? = nil, _ args: [Argument],
                    _ node: some SyntaxProtocol, name: String) throws -> Typed {
        // The error to report when no overload takes the call: the one of the overload whose
        // labels the arguments' labels follow furthest, so that a misspelt label is blamed in the
        // overload meant (`plot(series:yScale:)` in `plot(series:y:)`, not `plot(_:)`).
        var bestError: (error: Error, agreement: Int)?
        let written = args.filter { !$0.isTrailingClosure }.map(\.label)
        for overload in overloads {
            var signature = overload.signature
            let labels = overload.takesLabels ? try writtenLabels(args, &signature, node, name: name) : nil
            let codes: [Code?]
            // The variables passed `&x` to `inout` parameters, by argument index.
            var inouts: [(index: Int, place: LValue)] = []
            let writeBack: ((Int, LValue) -> Void)? = overload.update == nil ? nil : { inouts.append(($0 + (receiver == nil ? 0 : 1), $1)) }
            do { codes = try match(args, to: signature, node, name: name, writeBack: writeBack) } catch let e as NameError { throw e } catch {
                // An argument's call lacking `try` inside this throwing call: swiftc reports this one first.
                if overload.throwing, tryDepth == 0, (error as? InterpreterError)?.message == Self.missingTry {
                    throw self.error(node, Self.missingTry)
                }
                let agreement = zip(written, overload.parameters.map(\.label)).prefix { $0 == $1 }.count
                if agreement > bestError?.agreement ?? -1 { bestError = (error, agreement) }
                continue
            }
            if overload.throwing, tryDepth == 0 { throw error(node, Self.missingTry) }
            let defaults = overload.parameters.map(\.defaultValue)
            let (body, update, context) = (overload.body, overload.update, NativeContext(runtime: runtime, at: at(node)))
            let stores = inouts.map { ($0.index, $0.place.modify) }
            /// Stores the `inout` arguments' new values in their variables.
            let storeBack: (Frame, [Value]) throws -> Void = { f, values in
                for (i, modify) in stores { try modify(f) { $0 = values[i] } }
            }
            // The receiver, if any, then the arguments in order.
            let evaluate: (Frame, Value?) throws -> [Value] = { f, receiver in
                var values: [Value] = []
                values.reserveCapacity(codes.count + 1)
                if let receiver { values.append(receiver) }
                for (i, c) in codes.enumerated() { values.append(try c.map { try $0(f) } ?? defaults[i]!) }
                if let labels { values.append(labels) }
                return values
            }
            let invoke: (inout [Value]) throws -> Value = { values in
                do {
                    let result = try update.map { try $0(context, &values) } ?? body(context, values)
                    try context.runtime.checkLibraryCall(context.at)
                    return result
                } catch let e as OptimError {
                    try context.runtime.checkLibraryCall(context.at)
                    var error = context.error(e.description)
                    error.thrown = context.runtime.optimError.value(of: e)
                    throw error
                } catch {
                    // The note's code failed first, where the library could not be told.
                    throw context.runtime.takeLibraryCallFailure() ?? error
                }
            }
            if let copy = overload.copyForMutation, let place {
                let modify = place.prepared
                return Typed(type: overload.result) { f in
                    try place.prepare?(f)
                    var values = try evaluate(f, .void)
                    var result = Value.void
                    try modify(f) { stored in
                        values[0] = copy(stored)
                        result = try invoke(&values)
                        stored = values[0]
                    }
                    try storeBack(f, values)
                    return result
                }
            }
            return Typed(type: overload.result) { f in
                var values = try evaluate(f, try receiver?(f))
                let result = try invoke(&values)
                try storeBack(f, values)
                return result
            }
        }
        throw bestError?.error ?? error(node, "no '\(name)' here")
    }

    /// For a built-in that `takesLabels`: gives its parameters before the last the labels written
    /// at the call, which must all be there and differ, and returns them as a value.
    private func writtenLabels(_ args: [Argument], _ signature: inout Signature, _ node: some SyntaxProtocol,
                               name: String) throws -> Value {
        let labelled = args.filter { !$0.isTrailingClosure }.prefix(signature.parameters.count - 1)
        var seen: Set<String> = []
        for (i, argument) in labelled.enumerated() {
            guard let label = argument.label else { throw error(argument.expression, "each parameter of '\(name)' needs a name, as in '\(name)(eta: [0.01, 0.1])'") }
            guard seen.insert(label).inserted else { throw error(argument.expression, "'\(label)' is named twice in the call to '\(name)'") }
            signature.parameters[i].label = label
        }
        return .array(labelled.map { .string($0.label!) })
    }

    /// Compiles a call of a free Optim or Figures function or initialiser, or returns nil.
    func nativeCall(_ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        if let type = nativeStaticType(name), let t = nativeType(of: type), !t.initializers.isEmpty {
            return try callNative(t.initializers, receiver: nil, args, c, name: name)
        }
        if let overloads = bindings.functions[name] {
            return try callNative(overloads, receiver: nil, args, c, name: name)
        }
        return nil
    }

    /// Compiles `Type.member(…)` of an Optim or Figures type, or returns nil.
    func nativeStaticCall(_ typeName: String, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        guard let type = nativeStaticType(typeName), let t = nativeType(of: type) else { return nil }
        if name == "init", !t.initializers.isEmpty { return try callNative(t.initializers, receiver: nil, args, c, name: typeName) }
        guard let overloads = t.statics[name] else { return nil }
        return try callNative(overloads, receiver: nil, args, c, name: name)
    }

    /// Compiles `value.method(…)` on an Optim or Figures value, or returns nil. A mutating method
    /// needs a variable (`baseExpr`) to change.
    func nativeMethodCall(_ base: Typed, _ baseExpr: ExprSyntax, _ name: String, _ args: [Argument],
                          _ c: FunctionCallExprSyntax) throws -> Typed? {
        guard let t = nativeType(of: base.type), let overloads = t.methods[name] else { return nil }
        let place = overloads.contains { $0.copyForMutation != nil } ? try mutatingPlace(baseExpr, c) : nil
        return try callNative(overloads, receiver: base.code, place: place, args, c, name: name)
    }

    /// Compiles `value.property` of an Optim or Figures value, or returns nil.
    func nativeProperty(_ base: Typed, _ name: String) -> Typed? {
        guard let t = nativeType(of: base.type), let property = t.properties[name] else { return nil }
        let (code, get) = (base.code, property.get)
        return Typed(type: property.type) { f in get(try code(f)) }
    }

    /// Compiles `Type.constant` or, with a contextual type, the implicit member `.constant`.
    func nativeConstant(_ type: SType?, _ name: String) -> Typed? {
        guard let type, let t = nativeType(of: type), let value = t.constants[name] else { return nil }
        return Typed(type: type) { _ in value }
    }
}
