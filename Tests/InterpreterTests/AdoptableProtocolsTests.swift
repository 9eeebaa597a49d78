@testable import Interpreter
import XCTest

/// The requirements of Optim's protocols that a note's types may adopt, as the interpreter
/// knows them (`Bindings.adoptableProtocols`), against Optim's own declarations: a changed
/// requirement would otherwise let a note's type conform here and not in Swift.
final class AdoptableProtocolsTests: XCTestCase {
    func testRequirementsAreOptimsDeclarations() throws {
        let declarations = try APIDeclarationReader.all()
        let protocols = Bindings(seed: 0).adoptableProtocols
        XCTAssertEqual(Set(protocols.keys), ["Objective", "LeastSquaresObjective", "LearningRateSchedule", "LineSearch", "GradientOptimizer",
                                             "ObjectiveOptimizer"])
        for (name, p) in protocols {
            // The protocols it refines (`public protocol LeastSquaresObjective: Objective`), but `Sendable`.
            let declaration = try XCTUnwrap(declarations.first { $0.owner == nil && $0.name == name && $0.kind == .protocol }, name)
            let refined = declaration.signature.split(separator: ":", maxSplits: 1).dropFirst().first.map {
                $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0 != "Sendable" }
            } ?? []
            XCTAssertEqual(p.protocols.map(\.name), refined.sorted(), name)
            // A requirement is declared without `public`; Optim's extensions implement some (`public func`).
            let members = declarations.filter { $0.owner == name && !$0.isStatic }
            let required = members.filter { !$0.signature.hasPrefix("public") }
            let provided = Set(members.filter { $0.signature.hasPrefix("public") }.map(\.selector))
            let declared = required.map { d in
                let parameters = d.parameters.map { "\($0.label ?? "_"): \($0.type)" }.joined(separator: ", ")
                return "\(d.selector) (\(parameters)) \(d.throwing) \(d.signature.hasPrefix("mutating")) \(provided.contains(d.selector))"
            }
            let known = p.protocolInfo!.requirements.sorted().map { member in
                let m = p.methods[member] ?? p.computed[member]!
                let isMethod = p.methods[member] != nil
                let selector = isMethod ? member + "(" + m.signature.parameters.map { ($0.label ?? "_") + ":" }.joined() + ")" : member
                let parameters = m.signature.parameters.map { "\($0.label ?? "_"): \($0.isInout ? "inout " : "")\($0.type)" }.joined(separator: ", ")
                return "\(selector) (\(parameters)) \(m.signature.throwing) \(m.isMutating) \(p.protocolInfo!.provided.contains(member))"
            }
            XCTAssertEqual(known, declared.sorted(), name)
            // Results and property types, as written.
            for d in required {
                let m = p.methods[d.name] ?? p.computed[d.name]
                // A property requirement's accessors (`{ get set }`) follow its type.
                let signature = d.signature.replacingOccurrences(of: " { get set }", with: "").replacingOccurrences(of: " { get }", with: "")
                XCTAssertTrue(signature.hasSuffix(": \(m?.signature.result.description ?? "?")") || signature.hasSuffix("-> \(m?.signature.result.description ?? "?")")
                              || m?.signature.result.description == "()", "\(name).\(d.signature)")
            }
        }
    }
}
