import XCTest
@testable import Interpreter

/// The highlighting classes of a block's tokens (see `Parsing.styles(of:source:)`).
final class TokenStylesTests: XCTestCase {
    /// The styled text of each range of `source` in `style`.
    private func texts(_ source: String, _ style: TokenStyle) -> [String] {
        let bytes = Array(source.utf8)
        return Parsing.styles(of: Parsing.tree(source), source: source).filter { $0.style == style }.map {
            String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
        }
    }

    /// A function's and an initialiser's first names are argument labels; a subscript's are only
    /// when written twice, as Swift calls `m[i, j]`.
    func testSubscriptParametersWithOneNameAreNoLabels() {
        let source = """
            func f(at x: Int, y: Int) {}
            struct M {
                init(rows: Int) {}
                subscript(row: Int, col: Int) -> Int { 0 }
                subscript(safe i: Int) -> Int { 0 }
            }
            """
        XCTAssertEqual(texts(source, .label), ["at", "y", "rows", "safe"])
    }
}
