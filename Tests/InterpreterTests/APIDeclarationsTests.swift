import Foundation
import Interpreter
import XCTest

/// The declarations file of the API reference, `Sources/Weave/Resources/API.json`, is what
/// ``APIDeclarationReader`` reads from Optim's and Figures' sources now: a change to their public
/// API that is not regenerated fails here. Run with `WEAVE_UPDATE_GOLDEN=1` to rewrite the file.
///
/// The same declarations check the blocks' bindings: every initializer, method, enum case and
/// free function that blocks offer under its name takes Swift's argument labels, or is listed in
/// `LabelGaps.txt` (so a gap is known, not silent).
final class APIDeclarationsTests: XCTestCase {
    private static let file = APIDeclarationReader.packageRoot.appendingPathComponent("Sources/Weave/Resources/API.json")
    private static let gapsFile = APIDeclarationReader.packageRoot.appendingPathComponent("Tests/InterpreterTests/LabelGaps.txt")
    private var update: Bool { ProcessInfo.processInfo.environment["WEAVE_UPDATE_GOLDEN"] != nil }

    func testDeclarationsFileIsCurrent() throws {
        let declarations = try APIDeclarationReader.all()
        XCTAssertGreaterThan(declarations.count, 500, "the sources were not found")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(declarations), as: UTF8.self) + "\n"
        if update {
            try text.write(to: Self.file, atomically: true, encoding: .utf8)
            return
        }
        let committed = try String(contentsOf: Self.file, encoding: .utf8)
        XCTAssert(committed == text, "API.json is stale: run WEAVE_UPDATE_GOLDEN=1 swift test --filter APIDeclarationsTests")
    }

    func testBuiltinsShowDefaultsAsSwiftWritesThem() {
        let signatures = BlockAPI().builtins(excluding: []).map(\.signature)
        XCTAssertFalse(signatures.contains { $0.contains("Optional(") }, "an optional's default shows as Optional(…)")
        XCTAssert(signatures.contains { $0.hasPrefix("plot(") && $0.contains("xLabel: String? = \"step\"") })
    }

    func testBoundDeclarationsTakeSwiftsLabels() throws {
        let api = BlockAPI()
        let gaps = try APIDeclarationReader.all().filter { api.availability(of: $0) == .differentLabels }
            .map { "\($0.module).\($0.owner.map { $0 + "." } ?? "")\($0.selector)" }
        try CheckedList.check(gaps, in: Self.gapsFile,
                              missing: "bound under a name but not with Swift's labels, and not listed in LabelGaps.txt",
                              stale: "listed in LabelGaps.txt, but now taking Swift's labels or gone")
    }
}
