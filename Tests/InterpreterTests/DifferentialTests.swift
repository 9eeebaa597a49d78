import Foundation
import Interpreter
import XCTest

/// Compiles the language-core conformance programs with `swiftc` and checks that the interpreter
/// prints exactly what compiled Swift prints. Each program is compiled as the `main.swift` of its
/// own program (see ``CompiledSwift``), so file-scope protocols, extensions and operators are
/// compiled as written; Foundation is imported, as it is in every block.
final class DifferentialTests: XCTestCase {
    func testInterpreterPrintsWhatCompiledSwiftPrints() throws {
        guard CompiledSwift.swiftc != nil else { throw XCTSkip("swiftc is not installed") }
        let programs = try ConformanceProgram.load(from: ConformanceProgram.root)
            .filter { $0.expectedError == nil && !$0.usesInterpreterBuiltins }
        XCTAssertGreaterThan(programs.count, 100)

        let compiled = try CompiledSwift.run(programs.map { "import Foundation\n" + $0.source })
        for (p, run) in zip(programs, compiled) {
            guard case .printed(let text) = run else {
                XCTFail("\(p.name) does not run as compiled Swift: \(run)")
                continue
            }
            var expected = text.components(separatedBy: "\n")
            if expected.last == "" { expected.removeLast() }
            XCTAssertEqual(printed(p.run()), expected, p.name)
        }
    }
}
