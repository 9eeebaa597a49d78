import Optim

/// The Optim and Figures surface a note can use, under Swift's names and argument labels,
/// so a block that runs here is also Swift against Optim (`import Optim` is accepted and
/// ignored). Optim's throwing API needs `try`, as in Swift; its errors (divergence, shape
/// mismatches, singular matrices) are errors at the calling line, and arguments that would
/// trip an Optim precondition are checked here first.
///
/// - Linear algebra: `Vector([1, 2])`, `[1.0, 2.0]` where a `Vector` is expected, `Vector.zeros(n)`,
///   `v[i]`, `+ - * /` with vectors and scalars, `dot`, `norm`, `sum`, `map`, and the members of a
///   collection of `Double`s (see `vectorCollectionMethod`); `Matrix([[1, 2], [3, 4]])`,
///   `m[i, j]`, `m * v`, `m * m`, `transposed`, `Matrix.identity(n)`, `.diag`, `.outer`, `kronecker`,
///   `solve`, `inverse()`, `determinant()`, `symmetricEigen()`, `power(_:)`, `conditionNumber()`.
/// - Derivatives of note closures written over `[Jet]` (Optim's forward-mode numbers; literals mix in
///   as `Double`s, `Jet(0)` starts a sum): `gradient(of:at:)`, `hessian(of:at:)` (exact),
///   `valueAndGradient(of:at:)`, `valueGradientAndHessian(of:at:)`, `FunctionObjective(dimension:_:)`.
///   ```swift
///   let f = { (x: [Jet]) -> Jet in (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]) }
///   hessian(of: f, at: [1, 1])
///   ```
/// - Objectives `Rosenbrock`, `Rastrigin`, `Quadratic`, `Saddle`, `WavyLine` with `value(at:)`,
///   `gradient(at:)`, `hessian(at:)`; optimizers with torch's labels and defaults (`SGD`, `Adam`, `AdamW`,
///   `RMSprop`, `Adagrad`, `NAdam`, `RAdam`, `Adamax`, `AdaBelief`, `Lion`, `Muon`, `Shampoo`, `Newton`,
///   `GaussNewton`, `LevenbergMarquardt`, `NaturalGradient`, `BFGS`, `LBFGS`, `LinearConjugateGradient`,
///   `NonlinearConjugateGradient`, `NesterovLookahead`, `KFAC`), line searches and schedules;
///   `minimize(_:from:using:steps:schedule:tolerance:)` → `Run` (`points`, `losses`, `gradientNorms`,
///   `learningRates`, `finalPoint`, `finalLoss`, `converged`).
/// - Data and training: `Digits.load()`, `split(testFraction:seed:)`, `subset(_:)`, `MLPClassifier`,
///   `SoftmaxRegression`, `LogisticRegression`, `train(_:testData:using:epochs:batchSize:seed:)` →
///   `TrainingRun` (`stepLosses`, `trainAccuracy`, `testAccuracy`, `snapshots`); an MLP's
///   `initialParameters(seed:)`, `gradient(at:)`, `valueAndGradient(at:)` and
///   `hessianVectorProduct(at:direction:)` on flat parameter vectors (see `registerCurvature()`).
/// - `RandomGenerator(seed:)`, and `RandomGenerator()` seeded from the session's seed (weave only).
/// - Figures: see `registerFigures()`; explorable figures: see `registerExplore()`.
///
/// One instance per session: the compiler compares types by identity.
final class Bindings {
    /// Members of Optim's `Vector`.
    let vectorType = NativeType("Vector")
    /// Members of Optim's `Matrix`.
    let matrixType = NativeType("Matrix")
    /// Members of Optim's `Jet`.
    let jetType = NativeType("Jet")
    /// `ClosedRange<Double>`, the axis ranges of figures (`x: -2...2`).
    let doubleRange = NativeType("ClosedRange<Double>")
    /// `Range<Double>`, written `a..<b`.
    let halfOpenDoubleRange = NativeType("Range<Double>")
    /// `PartialRangeFrom<Int>`, written `a...` (see `PartialRanges.swift`).
    let partialRangeFrom = NativeType("PartialRangeFrom<Int>")
    /// `PartialRangeThrough<Int>`, written `...b`.
    let partialRangeThrough = NativeType("PartialRangeThrough<Int>")
    /// `PartialRangeUpTo<Int>`, written `..<b`.
    let partialRangeUpTo = NativeType("PartialRangeUpTo<Int>")
    /// `String.Index`, a position in a string (see `Compiler.stringIndexMethod`).
    let stringIndex = NativeType("String.Index")
    /// `Range<String.Index>`, a range of positions in a string (see `Compiler.stringRangeMethod`).
    let stringRange = NativeType("Range<String.Index>")
    /// `String.UnicodeScalarView`, a string's `unicodeScalars` (see `registerStringViews()`).
    let unicodeScalarView = NativeType("String.UnicodeScalarView")
    /// `String.UTF8View`, a string's `utf8`.
    let utf8View = NativeType("String.UTF8View")
    /// `String.UTF16View`, a string's `utf16`.
    let utf16View = NativeType("String.UTF16View")
    /// `Unicode.Scalar`, an element of `unicodeScalars`.
    let unicodeScalar = NativeType("Unicode.Scalar")
    /// `Unicode.Scalar.Properties`, a scalar's `properties`.
    let scalarProperties = NativeType("Unicode.Scalar.Properties")
    /// The `Unicode` namespace, whose `Unicode.Scalar(_:)` makes a scalar.
    let unicodeNamespace = NativeType("Unicode")
    /// Foundation's `NSString`, which a `String` becomes with `as NSString` (a `%@` argument of
    /// `String(format:)`, as a careful author passes text), and back with `as String`.
    let nsString = NativeType("NSString")
    /// Swift's fixed-width integer types other than `Int`, by name (see `FixedWidthKind`).
    let fixedWidth: [String: FixedWidthKind] = {
        // The unsigned types, which are the magnitudes of the others.
        let unsigned = Dictionary(uniqueKeysWithValues: ["UInt", "UInt8", "UInt16", "UInt32", "UInt64"].map { ($0, NativeType($0)) })
        func kind<T: FixedWidthInteger>(_ t: T.Type, _ name: String) -> (String, FixedWidthKind) {
            (name, .make(t, unsigned[name] ?? NativeType(name), magnitude: unsigned["\(T.Magnitude.self)"]!))
        }
        return Dictionary(uniqueKeysWithValues: [
            kind(Int8.self, "Int8"), kind(Int16.self, "Int16"), kind(Int32.self, "Int32"), kind(Int64.self, "Int64"), kind(UInt.self, "UInt"),
            kind(UInt8.self, "UInt8"), kind(UInt16.self, "UInt16"), kind(UInt32.self, "UInt32"), kind(UInt64.self, "UInt64"),
        ])
    }()
    /// Swift's `Float` (see `registerFloat()` and `Compiler+Float.swift`).
    let float = NativeType("Float")
    /// The properties of a `Double` value but its `bitPattern`, set by `registerFloat()` (see
    /// `floatingPointProperties`).
    var doubleProperties: [String: (type: SType, get: (Value) -> Value)] = [:]
    /// Other types and protocols by name.
    var types: [String: NativeType] = [:]
    /// The boxed type of what a `weak` property holds (see `WeakReference`), which notes never name.
    let weakReference = NativeType("weak reference")
    /// The lazy views made so far (`ReversedCollection<Array<Int>>`), by name (see `Views.swift`).
    var views: [String: NativeType] = [:]
    /// The array iterator types made so far (`IndexingIterator<Array<Int>>`), by name (see `Iterators.swift`).
    var iterators: [String: NativeType] = [:]
    /// The metatypes made so far (`Int.Type`), by name (see `Metatype`).
    var metatypes: [String: NativeType] = [:]
    /// The standard library's types made so far as a note's types are made (`UnfoldSequence<…>`
    /// of `sequence(first:next:)`, `KeyValuePairs<…>`), by name.
    var standardTypes: [String: StructType] = [:]
    /// Free functions by name, overloads in the order they are tried.
    var functions: [String: [NativeFunction]] = [:]
    /// The session's seed, used by `RandomGenerator()`.
    let seed: UInt64
    /// Optim's protocols a note's type may adopt, as protocols of the notes by name (see
    /// `NoteConformances.swift`).
    private(set) lazy var adoptableProtocols = Self.makeAdoptableProtocols(self)

    /// The bindings of a session whose notes are seeded with `seed`. Without `generatedMembers`,
    /// only the bindings written by hand: what the generator of the others starts from (see
    /// `registerGeneratedMembers()`).
    init(seed: UInt64, generatedMembers: Bool = true) {
        self.seed = seed
        for name in ["Objective", "GradientOptimizer", "ObjectiveOptimizer", "LearningRateSchedule", "LineSearch", "Classifier"] {
            types[name] = NativeType(name, isProtocol: true)
        }
        // `LeastSquaresObjective` refines `Objective`: one of its values is an objective.
        types["LeastSquaresObjective"] = NativeType("LeastSquaresObjective", isProtocol: true, protocols: ["Objective"])
        registerLinearAlgebra()
        registerObjectives()
        registerOptimizers()
        registerDriver()
        registerData()
        registerCurvature()
        registerFigures()
        registerSteppedPlots()
        registerExplore()
        registerConveniences()
        registerSteps()
        registerStringViews()
        registerFloat()
        registerPartialRanges()
        // Swift's `ObjectIdentifier` of a class instance (see `objectIdentifier`).
        define("ObjectIdentifier", ["Equatable", "Hashable"])
        if generatedMembers { registerGeneratedMembers() }
        inheritProtocolMembers()
    }

    /// Gives each type the methods and properties of the protocols it conforms to (directly or
    /// through others) that it does not declare itself: the members Optim's extensions of a
    /// protocol declare (`Rosenbrock().checkDimension(of:)`), as Swift's conformance gives them.
    private func inheritProtocolMembers() {
        for t in types.values where !t.isProtocol {
            var pending = Array(t.protocols), seen: Set<String> = []
            while let name = pending.popLast() {
                guard seen.insert(name).inserted, let p = types[name] else { continue }
                for (member, overloads) in p.methods where t.methods[member] == nil { t.methods[member] = overloads }
                for (member, property) in p.properties where t.properties[member] == nil { t.properties[member] = property }
                pending += p.protocols
            }
        }
    }

    /// Declares a type conforming to `protocols`.
    @discardableResult
    func define(_ name: String, _ protocols: Set<String> = []) -> NativeType {
        let t = NativeType(name, protocols: protocols)
        types[name] = t
        return t
    }

    /// The static type of a registered type or protocol.
    func type(_ name: String) -> SType { .native(types[name]!) }

    /// Binds the instance property `name` of the type or protocol `owner`, whose Swift values are
    /// `T`s, unless it is bound already; `get` reads it from a value.
    func property<T>(_ owner: String, _ name: String, _ type: SType, _ get: @escaping (T) -> Value) {
        guard let t = types[owner], t.properties[name] == nil else { return }
        t.properties[name] = (type, { get($0.native as! T) })
    }

    /// Binds the setter of the instance property `name` of the type or protocol `owner`, whose
    /// Swift values are `T`s: `set` stores the new value in a copy of the receiver, which is boxed
    /// again with its own type (a class's instance is changed in place, as Swift changes it).
    func setter<T>(_ owner: String, _ name: String, _ set: @escaping (inout T, Value) -> Void) {
        guard let t = types[owner] else { return }
        t.setters[name] = { receiver, newValue in
            guard case .object(let boxed) = receiver, var value = boxed.value as? T else { return receiver }
            set(&value, newValue)
            return .object(NativeObject(value, boxed.type))
        }
    }

    /// Binds the method `name` of the type or protocol `owner`, whose Swift values are `T`s,
    /// unless a method of that name is bound already; `body` calls it on the receiver with the
    /// matched arguments.
    func method<T>(_ owner: String, _ name: String, _ parameters: [NativeParameter], _ result: SType, throwing: Bool,
                   _ body: @escaping (T, [Value]) throws -> Value) {
        guard let t = types[owner], t.methods[name] == nil else { return }
        t.methods[name] = [native(parameters, result, throwing: throwing) { _, a in try body(a[0].native as! T, Array(a.dropFirst())) }]
    }

    /// `value`, of a type or protocol registered as `declared`, boxed with its own type when that
    /// is registered (a `StrongWolfeLineSearch` held as an `any LineSearch`), so its members work.
    func object(_ value: Any, declared: String) -> Value {
        let t = types[declared]!
        return (t.isProtocol ? types["\(Swift.type(of: value))"] ?? t : t).box(value)
    }

    /// Adds a free function overload.
    func function(_ name: String, _ f: NativeFunction) {
        functions[name, default: []].append(f)
    }
}

/// Arguments checked by the binding itself before Optim sees them, so bad input is an error at
/// the call rather than a failed precondition.
extension NativeContext {
    /// Fails unless `condition` holds.
    func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
        if !condition { throw error(message()) }
    }

    /// Fails unless every factor is non-negative and their product (the number of elements
    /// to allocate) fits under the session's array-size cap, without overflowing.
    func requireSize(_ factors: Int...) throws {
        var count = 1
        for n in factors {
            try require(n >= 0, "size must not be negative, got \(n)")
            let (product, overflow) = count.multipliedReportingOverflow(by: n)
            count = overflow ? .max : product
        }
        try runtime.checkCount(count, at)
    }
}
