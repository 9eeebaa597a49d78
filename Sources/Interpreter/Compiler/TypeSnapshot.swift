import SwiftSyntax

/// The members of a type as they were before a block extended it, so that a block that fails
/// leaves no half of its extensions behind, as it leaves none of its declarations.
struct TypeSnapshot {
    private let type: StructType
    private let fields: [StructType.Field]
    private let methods: [String: StructType.Method]
    private let methodOverloads: [String: [StructType.Method]]
    private let genericMethods: [String: [GenericFunction]]
    private let computed: [String: StructType.Method]
    private let setters: [String: StructType.Method]
    private let subscripts: [StructType.Subscript]
    private let initializers: [StructType.Method]
    private let keepsMemberwise: Bool
    private let conformances: Set<String>
    private let statics: [String: StaticProperty]
    private let nested: [String: StructType]
    private let describe: ((Value) -> String)?
    private let debugDescribe: ((Value) -> String)?
    private let overrides: [ObjectIdentifier: FunctionCode]
    private let protocols: [StructType]
    private let provided: Set<String>?
    private let protocolViews: [StructType]
    private let viewExtensions: [ExtensionDeclSyntax]?
    private let views: [StructType]?
    private let conformers: [StructType]?
    private let genericDefaults: [String: GenericFunction]?

    /// The members `type` has now.
    init(of type: StructType) {
        self.type = type
        (fields, methods, computed, setters) = (type.fields, type.methods, type.computed, type.setters)
        (methodOverloads, genericMethods) = (type.methodOverloads, type.genericMethods)
        subscripts = type.subscripts
        (initializers, keepsMemberwise, conformances) = (type.initializers, type.keepsMemberwise, type.conformances)
        (statics, nested, describe, overrides) = (type.statics, type.nested, type.describe, type.overrides)
        debugDescribe = type.debugDescribe
        (protocols, provided) = (type.protocols, type.protocolInfo?.provided)
        (protocolViews, viewExtensions, views) = (type.protocolViews, type.protocolInfo?.viewExtensions, type.protocolInfo?.views)
        (conformers, genericDefaults) = (type.protocolInfo?.conformers, type.protocolInfo?.genericDefaults)
    }

    /// Gives the type back the members it had when the snapshot was taken.
    func restore() {
        (type.fields, type.methods, type.computed, type.setters) = (fields, methods, computed, setters)
        (type.methodOverloads, type.genericMethods) = (methodOverloads, genericMethods)
        type.subscripts = subscripts
        (type.initializers, type.keepsMemberwise, type.conformances) = (initializers, keepsMemberwise, conformances)
        (type.statics, type.nested, type.describe, type.overrides) = (statics, nested, describe, overrides)
        type.debugDescribe = debugDescribe
        type.protocols = protocols
        if let provided { type.protocolInfo?.provided = provided }
        type.protocolViews = protocolViews
        if let info = type.protocolInfo, let viewExtensions, let views { (info.viewExtensions, info.views) = (viewExtensions, views) }
        if let info = type.protocolInfo, let conformers, let genericDefaults { (info.conformers, info.genericDefaults) = (conformers, genericDefaults) }
    }
}

extension Compiler {
    /// Undoes what the block's extensions added to types declared before it, after the block failed.
    func undoExtensions() {
        for snapshot in extended.reversed() { snapshot.restore() }
        extended = []
    }
}
