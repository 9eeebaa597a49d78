import Foundation
import XCTest

@testable import Weave

/// Which files a build reads and where it may write: links, cycles, special files, and output
/// folders that would overwrite the notes.
final class InputsTests: XCTestCase {
    private var work: String!

    override func setUpWithError() throws {
        work = NSTemporaryDirectory() + "weave-inputs-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: work + "/notes/sub", withIntermediateDirectories: true)
        try "# A\n".write(toFile: work + "/notes/a.md", atomically: true, encoding: .utf8)
        try "# B\n".write(toFile: work + "/notes/sub/b.md", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: work)
    }

    private func resolve(_ paths: [String], out: String = "site") throws -> Inputs {
        try Inputs.resolve(paths.map { work + "/" + $0 }, outputFolder: work + "/" + out)
    }

    func testLinkCyclesAreWalkedOnce() throws {
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: work + "/notes/sub/loop", withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: work + "/notes/self", withDestinationPath: ".")
        let inputs = try resolve(["notes"])
        XCTAssertEqual(inputs.entries.map(\.output), ["a.html", "sub/b.html"])
    }

    func testLinksOutOfTheFolderAreNotFollowedAndSaySo() throws {
        try "secret\n".write(toFile: work + "/secret.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: work + "/notes/leak.md", withDestinationPath: work + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: work + "/notes/inside.md", withDestinationPath: "a.md")
        let inputs = try resolve(["notes"])
        XCTAssertEqual(inputs.entries.map(\.output), ["a.html", "inside.html", "sub/b.html"])
        XCTAssertEqual(inputs.warnings.map(\.message), ["not followed: a link to a place outside \(work!)/notes"])
    }

    func testSpecialFilesAreNotNotes() throws {
        XCTAssertEqual(mkfifo(work + "/notes/pipe.md", 0o600), 0)
        XCTAssertEqual(try resolve(["notes"]).entries.count, 2, "a FIFO in a folder is skipped")
        XCTAssertThrowsError(try resolve(["notes/pipe.md"])) { error in
            XCTAssertEqual((error as? WeaveError)?.diagnostic.message,
                           "cannot read: not a regular file (a note must be a file, not a FIFO, socket or device)")
        }
    }

    func testTheOutputFolderCannotBeTheNotesFolderOrAFile() throws {
        XCTAssertThrowsError(try resolve(["notes"], out: "notes")) { error in
            XCTAssertTrue("\(error)".contains("is the notes folder"), "\(error)")
        }
        XCTAssertThrowsError(try resolve(["notes"], out: "notes/a.md")) { error in
            XCTAssertTrue("\(error)".contains("exists and is not a folder"), "\(error)")
        }
    }

    func testIndexLinksEscapeFileNames() throws {
        try "# Odd\n".write(toFile: work + "/notes/50% #1?.md", atomically: true, encoding: .utf8)
        var options = WeaveOptions()
        options.output = work + "/site"
        options.typesetter = ClientSideTypesetter()
        let result = try Weaver.build([work + "/notes"], options: options)
        let index = try XCTUnwrap(result.pages.first { $0.output == "index.html" })
        XCTAssertTrue(index.html.contains("href=\"50%25%20%231%3F.html\""), index.html)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/site/50% #1?.html"))
    }

    func testMemoryBudgetSizes() {
        XCTAssertEqual(FrontMatterReader.memoryBudget("512 MiB"), 512 << 20)
        XCTAssertEqual(FrontMatterReader.memoryBudget("4 GiB"), 4 << 30)
        XCTAssertEqual(FrontMatterReader.memoryBudget("1.5 GB"), 1_500_000_000)
        XCTAssertEqual(FrontMatterReader.memoryBudget("256"), 256 << 20)
        XCTAssertNil(FrontMatterReader.memoryBudget("1 MiB"), "below the floor")
        XCTAssertNil(FrontMatterReader.memoryBudget("1e300"))
        XCTAssertNil(FrontMatterReader.memoryBudget("lots"))
    }
}

/// Diagnostics never carry control characters from a note to the terminal.
final class DiagnosticTextTests: XCTestCase {
    func testControlCharactersAreEscaped() {
        let d = Diagnostic(severity: .error, path: "n.md", location: SourceLocation(line: 1, column: 2),
                           message: "cannot find 'x\u{1B}[31m\u{7}' in scope\ttab")
        XCTAssertEqual(d.description, "n.md:1:2: error: cannot find 'x\\u{1B}[31m\\u{7}' in scope\ttab")
    }
}

/// Pages are written whole, and temporary files of killed builds do not pile up.
final class OutputFileTests: XCTestCase {
    func testStaleTemporariesOfGoneProcessesAreRemovedOthersKept() throws {
        let folder = NSTemporaryDirectory() + "weave-out-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        // A process id above the kernel's maximum (4,194,304) belongs to no process.
        let stale = folder + "/sub/.weave-9999999-a.html.tmp"
        let live = folder + "/.weave-\(getpid())-b.html.tmp"
        let page = folder + "/c.html"
        for path in [stale, live, page] { try "x".write(toFile: path, atomically: false, encoding: .utf8) }
        OutputFile.removeStaleTemporaries(in: folder)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale))
        XCTAssertTrue(FileManager.default.fileExists(atPath: live))
        XCTAssertTrue(FileManager.default.fileExists(atPath: page))
    }

    func testWritesReplaceWholeAndLeaveNoTemporary() throws {
        let folder = NSTemporaryDirectory() + "weave-out-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try OutputFile.write("first", to: folder + "/p/page.html")
        try OutputFile.write("second", to: folder + "/p/page.html")
        XCTAssertEqual(try String(contentsOfFile: folder + "/p/page.html", encoding: .utf8), "second")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/p"), ["page.html"])
    }
}

/// A hostile note fails alone: its worker is stopped, its page still written, every other page too.
final class HostileNoteTests: XCTestCase {
    func testAFolderBuildWithAHostileNoteWritesEveryPage() throws {
        let folder = NSTemporaryDirectory() + "weave-hostile-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/notes", withIntermediateDirectories: true)
        try "# Fine\n\n```swift\nprint(6 * 7)\n```\n".write(toFile: folder + "/notes/a.md", atomically: true, encoding: .utf8)
        let hostile = """
            ---
            time-budget: 1
            memory-budget: 384 MiB
            ---
            # Hostile

            ```swift
            let m = Matrix(repeating: 1, rows: 2500, cols: 2500)
            let p = m * m * m * m
            ```

            ```swift
            var xs: [[Double]] = []
            for i in 0..<1000 { xs.append([Double](repeating: Double(i), count: 1_000_000)) }
            ```

            ```swift
            print("still here")
            ```
            """
        try hostile.write(toFile: folder + "/notes/b.md", atomically: true, encoding: .utf8)
        var options = WeaveOptions()
        options.output = folder + "/site"
        options.typesetter = ClientSideTypesetter()
        let result = try Weaver.build([folder + "/notes"], options: options)
        let errors = result.diagnostics.filter { $0.severity == .error }.map { "\($0.path):\($0.location?.line ?? 0): \($0.message)" }
        XCTAssertEqual(errors.count, 2, "\(errors)")
        // The first block's matrices (about 200 MB at most) fit the memory budget, so its time
        // budget is what stops it, however fast the machine, at the product Optim interrupts; the
        // second block's 8 GB do not fit.
        XCTAssertTrue(errors[0].hasSuffix("b.md:9: time budget of 1 s exceeded"), errors[0])
        XCTAssertTrue(errors[1].contains("b.md:13: memory budget of 384 MiB exceeded") || errors[1].contains("b.md:13: the experiment worker crashed"), errors[1])
        for page in ["a.html", "b.html", "index.html"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/site/" + page), page)
        }
        let b = try String(contentsOfFile: folder + "/site/b.html", encoding: .utf8)
        XCTAssertTrue(b.contains("still here"))
        XCTAssertTrue(try String(contentsOfFile: folder + "/site/a.html", encoding: .utf8).contains("42"))
    }
}
