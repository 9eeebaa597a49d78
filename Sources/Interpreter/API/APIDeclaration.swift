/// One public declaration of Optim or Figures, as read from their sources: the data of the API
/// reference page (`reference.html`) and of the tests that keep the blocks' bindings true to the
/// declarations.
///
/// The declarations are read with SwiftParser by a test (`APIDeclarationsTests`) into a committed
/// JSON file, `Sources/Weave/Resources/API.json`, which the same test regenerates and compares, so
/// the file cannot go stale.
public struct APIDeclaration: Codable, Equatable, Sendable {
    /// What kind of declaration it is.
    public enum Kind: String, Codable, Sendable {
        case `struct`, `class`, `enum`, `protocol`, `typealias`
        case `case`, initializer, property, method, `subscript`, `operator`, function
    }

    /// One parameter of a function, initializer or subscript.
    public struct Parameter: Codable, Equatable, Sendable {
        /// The argument label, nil for `_`.
        public var label: String?
        /// The type as written.
        public var type: String
        /// The default value as written, if any.
        public var defaultValue: String?

        /// A parameter.
        public init(label: String?, type: String, defaultValue: String?) {
            self.label = label
            self.type = type
            self.defaultValue = defaultValue
        }
    }

    /// `Optim` or `Figures`.
    public var module: String
    /// The section of the reference the declaration belongs to (its source folder's topic).
    public var group: String
    /// The declaration's kind.
    public var kind: Kind
    /// The type it is a member of (`Run`, `ContourPlot.Style`), nil at the top level.
    public var owner: String?
    /// The declared name: `init`, `minimize`, `lr`, `+`.
    public var name: String
    /// The parameters of a function, initializer, subscript or enum case; empty otherwise.
    public var parameters: [Parameter]
    /// Whether it is declared `throws`.
    public var throwing: Bool
    /// Whether it is `static` (or `class`).
    public var isStatic: Bool
    /// The declaration as written, without attributes, body, accessors or comments, on one line.
    public var signature: String
    /// The doc comment's Markdown, without the `///`; empty when it has none.
    public var doc: String
    /// The source file, from the package root.
    public var file: String

    /// A declaration.
    public init(module: String, group: String, kind: Kind, owner: String?, name: String, parameters: [Parameter],
                throwing: Bool, isStatic: Bool, signature: String, doc: String, file: String) {
        self.module = module
        self.group = group
        self.kind = kind
        self.owner = owner
        self.name = name
        self.parameters = parameters
        self.throwing = throwing
        self.isStatic = isStatic
        self.signature = signature
        self.doc = doc
        self.file = file
    }

    /// Whether it declares a type.
    public var isType: Bool { [.struct, .class, .enum, .protocol, .typealias].contains(kind) }

    /// Swift's name of a function-like declaration, with its argument labels: `init(_:b:)`,
    /// `minimize(_:from:using:steps:)`; the plain name for other declarations.
    public var selector: String {
        switch kind {
        case .initializer, .method, .function, .subscript, .operator:
            name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
        default: name
        }
    }
}
