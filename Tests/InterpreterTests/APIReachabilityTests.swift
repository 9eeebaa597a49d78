import Foundation
@testable import Interpreter
import SwiftParser
import SwiftSyntax
import XCTest

/// The public API of Optim and Figures that experiment blocks cannot reach: every public type and
/// free function declared in their sources that the interpreter's bindings do not offer, listed in
/// `UnreachableAPI.txt`. The list is checked, so a new public declaration is either bound or added
/// to it knowingly. Run with `WEAVE_UPDATE_GOLDEN=1` to rewrite the list after a deliberate change.
final class APIReachabilityTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    private static let sources = root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// Public top-level types and free functions of `module`, as `Module.name`.
    private func publicDeclarations(of module: String) throws -> Set<String> {
        let folder = Self.sources.appendingPathComponent(module)
        guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var names: Set<String> = []
        for case let url as URL in files where url.pathExtension == "swift" {
            let tree = Parser.parse(source: try String(contentsOf: url, encoding: .utf8))
            for item in tree.statements {
                let decl = item.item
                func isPublic(_ modifiers: DeclModifierListSyntax) -> Bool {
                    modifiers.contains { $0.name.tokenKind == .keyword(.public) || $0.name.tokenKind == .keyword(.open) }
                }
                let name: String? =
                    if let d = decl.as(StructDeclSyntax.self), isPublic(d.modifiers) { d.name.text }
                    else if let d = decl.as(ClassDeclSyntax.self), isPublic(d.modifiers) { d.name.text }
                    else if let d = decl.as(EnumDeclSyntax.self), isPublic(d.modifiers) { d.name.text }
                    else if let d = decl.as(ProtocolDeclSyntax.self), isPublic(d.modifiers) { d.name.text }
                    else if let d = decl.as(FunctionDeclSyntax.self), isPublic(d.modifiers) { d.name.text + "(…)" }
                    else { nil }
                if let name { names.insert("\(module).\(name)") }
            }
        }
        return names
    }

    func testUnreachablePublicAPIIsListed() throws {
        let bindings = Bindings(seed: 0)
        // Optim's `Jet` overloads of the maths functions are reached through the interpreter's own.
        let functions = Set(bindings.functions.keys).union(Compiler.unaryMath.keys).union(Compiler.binaryMath.keys).union(["abs"])
        let reachable = Set(bindings.types.keys).union(["Vector", "Matrix", "Jet"]).union(functions.map { $0 + "(…)" })
        let declared = try publicDeclarations(of: "Optim").union(try publicDeclarations(of: "Figures"))
        XCTAssertGreaterThan(declared.count, 50, "the sources were not found")
        let unreachable = declared.filter { !reachable.contains(String($0.split(separator: ".", maxSplits: 1)[1])) }.sorted()
        let listURL = Self.root.appendingPathComponent("UnreachableAPI.txt")
        let text = unreachable.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["WEAVE_UPDATE_GOLDEN"] != nil {
            try text.write(to: listURL, atomically: true, encoding: .utf8)
            return
        }
        let listed = try String(contentsOf: listURL, encoding: .utf8)
        let listedSet = Set(listed.split(separator: "\n").map(String.init))
        XCTAssertEqual(Set(unreachable).subtracting(listedSet).sorted(), [], "public API that blocks cannot reach and the list does not name")
        XCTAssertEqual(listedSet.subtracting(unreachable).sorted(), [], "listed as unreachable, but now bound or gone")
    }
}
