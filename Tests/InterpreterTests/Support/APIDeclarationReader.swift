import Foundation
import Interpreter
import SwiftParser
import SwiftSyntax

/// Reads the public declarations of a module's sources with SwiftParser: every public type,
/// initializer, property, method, subscript, operator, enum case and free function, with its
/// signature and doc comment, in file-path order and source order within a file. The generator of
/// `Sources/Weave/Resources/API.json` (see `APIDeclarationsTests`) and the source of the
/// reachability and label tests.
///
/// A member is public when it says `public` or `open`, or sits in a `public extension` without a
/// narrower modifier, or is a requirement of a public protocol or a case of a public enum.
struct APIDeclarationReader {
    /// The package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The reference's section for a source folder of Optim or Figures (the first folder under the
    /// module; a file at the module's top level is keyed by its name).
    private static let groups: [String: String] = [
        "Linear": "Linear algebra", "Differentiation": "Automatic differentiation", "Objectives": "Objectives",
        "Optimizers": "Optimizers", "Schedules": "Schedules", "LineSearch": "Line searches", "Driver": "Drivers",
        "Data": "Data", "Random": "Data", "OptimError.swift": "Drivers",
    ]

    /// The public declarations of Optim and then Figures.
    static func all() throws -> [APIDeclaration] {
        try read(module: "Optim") + read(module: "Figures")
    }

    /// The public declarations of `module` (a folder of `Sources`).
    static func read(module: String) throws -> [APIDeclaration] {
        let folder = packageRoot.appendingPathComponent("Sources/\(module)")
        guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        let paths = files.compactMap { ($0 as? URL)?.path }.filter { $0.hasSuffix(".swift") }.sorted()
        var declarations: [APIDeclaration] = []
        for path in paths {
            let relative = String(path.dropFirst(folder.path.count + 1))
            let group = module == "Figures" ? "Figures" : groups[String(relative.split(separator: "/")[0])] ?? "Other"
            var reader = APIDeclarationReader(module: module, group: group, file: "Sources/\(module)/\(relative)")
            for item in Parser.parse(source: try String(contentsOfFile: path, encoding: .utf8)).statements {
                if let decl = item.item.as(DeclSyntax.self) { reader.read(decl, owner: nil, publicByDefault: false) }
            }
            declarations += reader.declarations
        }
        return declarations
    }

    private let module: String
    private let group: String
    private let file: String
    private var declarations: [APIDeclaration] = []

    private init(module: String, group: String, file: String) {
        self.module = module
        self.group = group
        self.file = file
    }

    /// Adds `decl` and, for a type or extension, its members, if public.
    private mutating func read(_ decl: DeclSyntax, owner: String?, publicByDefault: Bool) {
        if let e = decl.as(ExtensionDeclSyntax.self) {
            let members = e.memberBlock.members.map(\.decl)
            let owner = e.extendedType.trimmedDescription
            for member in members { read(member, owner: owner, publicByDefault: isPublic(e.modifiers, default: false)) }
            return
        }
        guard let modifiers = decl.asProtocol(WithModifiersSyntax.self)?.modifiers,
              isPublic(modifiers, default: publicByDefault) else { return }
        let isStatic = modifiers.contains { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) }
        func add(_ kind: APIDeclaration.Kind, _ name: String, _ parameters: [APIDeclaration.Parameter] = [],
                 throwing: Bool = false, signature: Syntax? = nil, accessors: String = "") {
            declarations.append(
                APIDeclaration(
                    module: module, group: group, kind: kind, owner: owner, name: name, parameters: parameters,
                    throwing: throwing, isStatic: isStatic, signature: Self.oneLine(signature ?? Syntax(decl)) + accessors,
                    doc: Self.docComment(decl.leadingTrivia), file: file))
        }
        func addType(_ kind: APIDeclaration.Kind, _ name: String, _ members: MemberBlockSyntax, header: Syntax) {
            add(kind, name, signature: header)
            let qualified = owner.map { "\($0).\(name)" } ?? name
            for member in members.members {
                read(member.decl, owner: qualified, publicByDefault: kind == .protocol)
            }
        }
        if let d = decl.as(StructDeclSyntax.self) {
            addType(.struct, d.name.text, d.memberBlock, header: Syntax(d.with(\.memberBlock, MemberBlockSyntax(members: []))))
        } else if let d = decl.as(ClassDeclSyntax.self) {
            addType(.class, d.name.text, d.memberBlock, header: Syntax(d.with(\.memberBlock, MemberBlockSyntax(members: []))))
        } else if let d = decl.as(EnumDeclSyntax.self) {
            add(.enum, d.name.text, signature: Syntax(d.with(\.memberBlock, MemberBlockSyntax(members: []))))
            let qualified = owner.map { "\($0).\(d.name.text)" } ?? d.name.text
            for member in d.memberBlock.members {
                if let c = member.decl.as(EnumCaseDeclSyntax.self) {
                    for element in c.elements {
                        let parameters = element.parameterClause?.parameters.map {
                            APIDeclaration.Parameter(label: $0.firstName?.text, type: $0.type.trimmedDescription, defaultValue: $0.defaultValue?.value.trimmedDescription)
                        } ?? []
                        declarations.append(
                            APIDeclaration(
                                module: module, group: group, kind: .case, owner: qualified, name: element.name.text,
                                parameters: parameters, throwing: false, isStatic: true,
                                signature: "case " + Self.oneLine(Syntax(element.with(\.trailingComma, nil))),
                                doc: Self.docComment(c.leadingTrivia), file: file))
                    }
                } else {
                    read(member.decl, owner: qualified, publicByDefault: false)
                }
            }
        } else if let d = decl.as(ProtocolDeclSyntax.self) {
            addType(.protocol, d.name.text, d.memberBlock, header: Syntax(d.with(\.memberBlock, MemberBlockSyntax(members: []))))
        } else if let d = decl.as(TypeAliasDeclSyntax.self) {
            add(.typealias, d.name.text)
        } else if let d = decl.as(InitializerDeclSyntax.self) {
            add(.initializer, "init", Self.parameters(d.signature.parameterClause), throwing: d.signature.effectSpecifiers?.throwsClause != nil,
                signature: Syntax(d.with(\.body, nil)))
        } else if let d = decl.as(FunctionDeclSyntax.self) {
            let isOperator = if case .binaryOperator = d.name.tokenKind { true } else if case .prefixOperator = d.name.tokenKind { true } else { false }
            add(isOperator ? .operator : owner == nil ? .function : .method, d.name.text, Self.parameters(d.signature.parameterClause),
                throwing: d.signature.effectSpecifiers?.throwsClause != nil, signature: Syntax(d.with(\.body, nil)))
        } else if let d = decl.as(SubscriptDeclSyntax.self) {
            add(.subscript, "subscript", Self.parameters(d.parameterClause, isSubscript: true), signature: Syntax(d.with(\.accessorBlock, nil)))
        } else if let d = decl.as(VariableDeclSyntax.self) {
            for binding in d.bindings {
                guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else { continue }
                // The type when written; the initial value only when it is all there is to show.
                var shown = binding.with(\.accessorBlock, nil).with(\.trailingComma, nil)
                if shown.typeAnnotation != nil { shown = shown.with(\.initializer, nil) }
                let header = d.with(\.bindings, PatternBindingListSyntax([shown]))
                // A computed property or a requirement shows whether it can be set, as Swift writes it.
                let accessors = binding.accessorBlock.map { block -> String in
                    guard case .accessors(let list) = block.accessors else { return " { get }" }
                    return list.contains { $0.accessorSpecifier.tokenKind == .keyword(.set) } ? " { get set }" : " { get }"
                } ?? ""
                add(.property, name, signature: Syntax(header), accessors: accessors)
            }
        }
    }

    /// Whether `modifiers` make a declaration public, given what its context makes it without one.
    private func isPublic(_ modifiers: DeclModifierListSyntax, default publicByDefault: Bool) -> Bool {
        for modifier in modifiers {
            switch modifier.name.tokenKind {
            case .keyword(.public), .keyword(.open): return true
            case .keyword(.private), .keyword(.fileprivate), .keyword(.internal), .keyword(.package):
                if modifier.detail == nil { return false }
            default: continue
            }
        }
        return publicByDefault
    }

    /// The parameters of a parameter clause.
    /// The parameters of `clause`; a subscript's have labels only where written twice
    /// (`subscript(row: Int, col: Int)` is `m[i, j]`, as Swift calls it).
    private static func parameters(_ clause: FunctionParameterClauseSyntax, isSubscript: Bool = false) -> [APIDeclaration.Parameter] {
        clause.parameters.map { p in
            APIDeclaration.Parameter(
                label: p.firstName.tokenKind == .wildcard || isSubscript && p.secondName == nil ? nil : p.firstName.text,
                type: p.type.trimmedDescription + (p.ellipsis == nil ? "" : "..."),
                defaultValue: p.defaultValue?.value.trimmedDescription)
        }
    }

    /// `node`'s tokens on one line, without the declaration's attributes (`@inlinable`) or comments:
    /// one space where the source had any trivia, none inside brackets, no trailing comma.
    private static func oneLine(_ node: Syntax) -> String {
        var out = ""
        var spaceAfter = false
        for token in node.tokens(viewMode: .sourceAccurate) {
            let attributes = token.ancestorOrSelf { $0.as(AttributeListSyntax.self) }
            if let attributes, attributes.parent?.isProtocol(DeclSyntaxProtocol.self) == true { continue }
            // The braces of a type's member block, emptied to show the type's header alone.
            if token.parent?.is(MemberBlockSyntax.self) == true { continue }
            if !out.isEmpty && (spaceAfter || !token.leadingTrivia.isEmpty) { out += " " }
            out += token.text
            spaceAfter = !token.trailingTrivia.isEmpty
        }
        for (spaced, tight) in [(", )", ")"), (",)", ")"), ("( ", "("), (" )", ")"), ("[ ", "["), (" ]", "]"), (" ,", ",")] {
            out = out.replacingOccurrences(of: spaced, with: tight)
        }
        return out
    }

    /// The Markdown of the `///` comments right before a declaration.
    private static func docComment(_ trivia: Trivia) -> String {
        var lines: [String] = []
        var newlines = 0
        for piece in trivia {
            switch piece {
            case .docLineComment(let text):
                // A blank line between comments starts a new comment: only the last one documents.
                if newlines > 1 { lines = [] }
                newlines = 0
                var line = text.dropFirst(3)
                if line.hasPrefix(" ") { line = line.dropFirst() }
                lines.append(String(line))
            case .newlines(let n), .carriageReturnLineFeeds(let n): newlines += n
            case .lineComment, .blockComment: lines = []
            default: continue
            }
        }
        return lines.joined(separator: "\n")
    }
}
