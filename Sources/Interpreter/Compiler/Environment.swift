import SwiftSyntax

/// Compile-time environment: lexical scopes mapping names to frame slots and types.
///
/// As in jlox's resolver, every name is resolved once, before anything runs; the
/// evaluator then reaches a variable by slot index and frame depth only.
final class FunctionContext {
    /// The enclosing function; nil for the note's top level.
    let parent: FunctionContext?
    /// The declared result type; nil while a closure's result is still being inferred.
    var returnType: SType?
    /// For a closure whose result type is inferred, whether one of its `return`s gives `nil`,
    /// which makes the type the others give optional.
    var alsoReturnsNil = false
    /// The struct whose method this is, so its members resolve through `self`.
    let selfType: StructType?
    /// Whether `self` may be assigned (a mutating method or an initialiser).
    let selfIsMutable: Bool
    /// Whether the function is declared `throws`, so errors may propagate out of it.
    var isThrowing = false
    /// Whether a `try` or `throw` of the function's own body lets an error out of it (none of its
    /// `do`s catches everything around it): a closure with one throws, as Swift infers.
    var throwsOwnErrors = false
    /// Whether the function is an initialiser, where assignments do not call property observers.
    var isInitializer = false
    /// Whether it is a closure (whose result swiftc calls the "closure result type").
    var isClosure = false
    /// Whether the function is a failable initialiser (`init?`), which fails by `return nil`.
    var isFailable = false
    /// For a property observer, the property it observes: assigning it there calls no observer.
    var observing: String?
    /// For a closure that escapes (see `EscapingUse`), where it starts; nil for other functions,
    /// and for closures weave cannot tell escape.
    var escapes: SourcePoint?
    /// Whether a closure's capture list names `self` (`[self]`, `[weak self]`, `[unowned self]`),
    /// which lets it name a class's members without `self.`.
    var capturesSelf = false
    /// Slots used so far; a call allocates this many.
    var slotCount = 0
    /// For the body of a loop that creates closures, the function the loop is in: each iteration
    /// gets a fresh frame, so closures capture that iteration's variables, as in Swift.
    let loopOf: FunctionContext?

    /// A function context nested in `parent`.
    init(parent: FunctionContext?, returnType: SType?, selfType: StructType? = nil, selfIsMutable: Bool = false,
         loopOf: FunctionContext? = nil) {
        self.parent = parent
        self.returnType = returnType
        self.selfType = selfType
        self.selfIsMutable = selfIsMutable
        self.loopOf = loopOf
    }

    /// The function whose `return` statements this context compiles: itself, or for a loop
    /// body the function around the loop.
    var owner: FunctionContext { loopOf?.owner ?? self }

    /// Whether this is the note's top level, whose frame is the session's globals.
    var isGlobal: Bool { parent == nil }

    /// Reserves a new slot.
    func allocate() -> Int {
        slotCount += 1
        return slotCount - 1
    }
}

/// A name bound in a scope.
struct Binding {
    /// The frame slot holding the value.
    var slot: Int
    /// The static type.
    var type: SType
    /// Whether declared with `var`.
    var isMutable: Bool
    /// The function whose frame holds the slot.
    var owner: FunctionContext
    /// The signature, when the name is a declared function (for labels and defaults).
    var signature: Signature?
    /// The compiled code of a declared function, for its default arguments.
    var code: FunctionCode?
    /// For a generic function specialised at each call, its declaration.
    var generic: GenericFunction?
    /// For a name that several functions overload, those that are not generic (in declaration order).
    var overloads: [Binding] = []
    /// For a name that several functions overload, the generic ones, specialised at each call.
    var genericOverloads: [GenericFunction] = []
    /// For a generic function compiled once with its generic parameters as existentials
    /// (`func best<T: Scorable>`), the same declaration specialised instead at a call whose type
    /// argument is a standard type conforming through an extension (`best([2.0, 1.0])`).
    var specializable: GenericFunction?
    /// Whether it names a function (or functions), rather than a variable.
    var isFunction: Bool { code != nil || generic != nil || !overloads.isEmpty || !genericOverloads.isEmpty }
    /// Whether the variable holds an `ArraySlice` (see `Typed.isArraySlice`).
    var isArraySlice = false
    /// Whether that slice starts at its array's first element (see `Typed.sliceIndexedFromZero`).
    var sliceIndexedFromZero = false
    /// For a `let` of type `Double` initialised with a number known before the code runs (see
    /// `Typed.known`), the number, which uses of the name fold as a constant.
    var known: Double?
    /// For a `let` declared without a value, that `=` may give it one (definite initialisation,
    /// checked where it is declared, sees that it is given one once).
    var initializedLater = false
    /// Whether the name is a parameter of function type not marked `@escaping`: the function may
    /// call it and pass it to a parameter that is not `@escaping` either, but not keep it.
    var isNonEscaping = false
    /// Whether the name is an `inout` parameter, which no escaping closure may capture.
    var isInoutParameter = false
    /// For a variable declared with accessors (observers, or a getter and setter), them; the name
    /// then resolves to `Compiler.Resolution.accessed`.
    var accessors: VariableAccessors?

    /// Whether several functions overload the name, so that a call chooses among them.
    var isOverloaded: Bool { !overloads.isEmpty || !genericOverloads.isEmpty }
}

/// The accessors of a variable declared with them outside a type, at the top level or in a
/// function: the observers of a stored variable (`var best = 0.0 { didSet { … } }`), or the getter
/// and setter of a computed one (`var ratio: Double { … }`). Each is a function nested in the one
/// declaring the variable, called with that function's frame (see `Compiler.accessorCall`).
struct VariableAccessors {
    /// A computed variable's getter, taking nothing; nil for a stored variable.
    var getter: FunctionCode?
    /// A computed variable's setter, taking the new value; nil for a get-only or stored one.
    var setter: FunctionCode?
    /// A stored variable's `willSet`, taking the new value.
    var willSet: FunctionCode?
    /// A stored variable's `didSet`, taking the old value.
    var didSet: FunctionCode?
}

/// One lexical scope: a block, a function body or a case body.
final class Scope {
    /// The enclosing scope.
    let parent: Scope?
    /// The function this scope belongs to.
    let function: FunctionContext
    /// Names declared here.
    var bindings: [String: Binding] = [:]
    /// The names `let` and `var` declarations have declared here, which another may not declare
    /// again (unlike a function's parameters, which its body's variables may shadow).
    var declaredVariables: Set<String> = []
    /// Structs and enums declared here.
    var types: [String: StructType] = [:]
    /// Type aliases declared here.
    var aliases: [String: SType] = [:]
    /// The generic parameters among `aliases` that a specialisation binds to an `ArraySlice`
    /// (`total(xs.prefix(2))` of `total<C: Collection>`): parameters of their type take slices.
    var sliceAliases: Set<String> = []
    /// Generic type aliases declared here (`typealias Field<T: BinaryFloatingPoint> = ([T]) -> [T]`),
    /// resolved for each list of type arguments they are used with.
    var genericAliases: [String: TypeAliasDeclSyntax] = [:]
    /// The operators and precedence groups in scope; a note declares its own at the top level only.
    var operators = OperatorTable.standard
    /// The note's `extension RandomNumberGenerator { … }`s so far (at the top level), whose
    /// members every generator type of the note has.
    var generatorExtensions: [ExtensionDeclSyntax] = []

    /// A scope inside `parent`, belonging to `function`.
    init(parent: Scope?, function: FunctionContext) {
        self.parent = parent
        self.function = function
    }

    /// A copy of this scope's declarations, to restore after a failed block.
    var snapshot: Declarations {
        Declarations(bindings: bindings, types: types, aliases: aliases, genericAliases: genericAliases,
                     operators: operators, generatorExtensions: generatorExtensions)
    }

    /// Restores declarations saved by `snapshot`.
    func restore(_ saved: Declarations) {
        (bindings, types, aliases, genericAliases) = (saved.bindings, saved.types, saved.aliases, saved.genericAliases)
        (operators, generatorExtensions) = (saved.operators, saved.generatorExtensions)
    }

    /// A scope's declarations, as `snapshot` keeps them.
    struct Declarations {
        let bindings: [String: Binding]
        let types: [String: StructType]
        let aliases: [String: SType]
        let genericAliases: [String: TypeAliasDeclSyntax]
        let operators: OperatorTable
        let generatorExtensions: [ExtensionDeclSyntax]
    }

    /// The type the alias `name` stands for, searching outwards.
    func lookupAlias(_ name: String) -> SType? {
        aliases[name] ?? parent?.lookupAlias(name)
    }

    /// Whether the alias `name` (a generic parameter) stands for an `ArraySlice`, held as the
    /// array it is an alias of (see `sliceAliases`), searching outwards to where it is declared.
    func aliasStandsForSlice(_ name: String) -> Bool {
        aliases[name] != nil ? sliceAliases.contains(name) : parent?.aliasStandsForSlice(name) ?? false
    }

    /// The generic type alias `name`, searching outwards.
    func lookupGenericAlias(_ name: String) -> TypeAliasDeclSyntax? {
        genericAliases[name] ?? parent?.lookupGenericAlias(name)
    }

    /// The type alias `name` stands for when a scope declares it as an alias (a generic
    /// parameter, say) before, searching outwards, any declares a type of that name.
    func lookupShadowingAlias(_ name: String) -> SType? {
        if types[name] != nil { return nil }
        return aliases[name] ?? parent?.lookupShadowingAlias(name)
    }

    /// The struct named `name`, searching outwards.
    func lookupType(_ name: String) -> StructType? {
        types[name] ?? parent?.lookupType(name)
    }

    /// The name by which this scope or an enclosing one knows the type `t` (the generic parameter
    /// `T` or the `Self` that stands for a protocol's conforming type), the first in order when
    /// several do; nil where none does.
    func name(of t: StructType) -> String? {
        let named = types.filter { $0.value === t }.map(\.key)
            + aliases.filter { if case .structure(let s) = $0.value { s === t } else { false } }.map(\.key)
        return named.min() ?? parent?.name(of: t)
    }
}
