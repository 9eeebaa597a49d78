import Foundation
import XCTest

/// A list of known exceptions kept in a text file, one a line: the test fails for an item the file
/// does not name and for a line that names no item any more, so every change to the list is
/// deliberate. With `WEAVE_UPDATE_GOLDEN=1` the file is rewritten instead.
enum CheckedList {
    /// Compares `items` with the list in `file`; `missing` and `stale` say what each failure means.
    static func check(_ items: [String], in file: URL, missing: String, stale: String,
                      sourceFile: StaticString = #filePath, line: UInt = #line) throws {
        let items = Set(items)
        if ProcessInfo.processInfo.environment["WEAVE_UPDATE_GOLDEN"] != nil {
            try (items.sorted().joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let listed = Set(try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init))
        XCTAssertEqual(items.subtracting(listed).sorted(), [], missing, file: sourceFile, line: line)
        XCTAssertEqual(listed.subtracting(items).sorted(), [], stale, file: sourceFile, line: line)
    }
}
