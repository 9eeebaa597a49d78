import Foundation
import Interpreter
import XCTest

/// The public API of Optim and Figures that experiment blocks cannot reach: every public type and
/// free function declared in their sources that the interpreter's bindings do not offer, listed in
/// `UnreachableAPI.txt`. The list is checked, so a new public declaration is either bound or added
/// to it knowingly. Run with `WEAVE_UPDATE_GOLDEN=1` to rewrite the list after a deliberate change.
final class APIReachabilityTests: XCTestCase {
    private static let listURL = APIDeclarationReader.packageRoot.appendingPathComponent("Tests/InterpreterTests/UnreachableAPI.txt")

    func testUnreachablePublicAPIIsListed() throws {
        let api = BlockAPI()
        let topLevel = try APIDeclarationReader.all().filter { $0.owner == nil && $0.kind != .typealias }
        XCTAssertGreaterThan(topLevel.count, 50, "the sources were not found")
        let unreachable = topLevel.filter { api.availability(of: $0) == .unavailable }
            .map { "\($0.module).\($0.name)\($0.kind == .function ? "(…)" : "")" }
        try CheckedList.check(unreachable, in: Self.listURL,
                              missing: "public API that blocks cannot reach and the list does not name",
                              stale: "listed as unreachable, but now bound or gone")
    }
}
