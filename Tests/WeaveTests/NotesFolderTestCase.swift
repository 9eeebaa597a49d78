import Foundation
import XCTest

/// A test case with a fresh temporary folder holding `notes/` (and `notes/part/`), removed after
/// each test, and a way to write files into it.
class NotesFolderTestCase: XCTestCase {
    /// The temporary folder.
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-\(type(of: self))-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("notes/part"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes `text` to `path` inside the folder.
    func write(_ text: String, _ path: String) throws {
        try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }
}
