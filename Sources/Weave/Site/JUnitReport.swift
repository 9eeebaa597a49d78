import Foundation

extension Report {
    /// The report as JUnit XML, which CI services show as test results: a test suite per note, a
    /// test case per check card (named by its number and title). A failed check's failure holds
    /// its `file:line` and, per expectation that failed, the message and the measured |Δ|; a
    /// check that did not run is skipped. A note with an error but no failed check gets one more
    /// test case, `errors`, so that no failure goes unreported.
    public var junit: String {
        var suites = ""
        var total = 0, failures = 0
        for note in notes {
            var cases = ""
            var noteTests = 0, noteFailures = 0
            for block in note.blocks where block.kind == "check" {
                noteTests += 1
                let name = (block.number.map { "Check \($0)" } ?? "Check") + (block.title.map { ": " + $0 } ?? "")
                cases += "    <testcase classname=\"\(Self.xml(note.path))\" name=\"\(Self.xml(name))\" file=\"\(Self.xml(note.path))\" line=\"\(block.line)\""
                cases += " time=\"\(String(format: "%.3f", block.seconds ?? 0))\">\n"
                switch block.status {
                case "failed":
                    noteFailures += 1
                    let failed = block.checks.filter { !$0.passed }
                    var lines = failed.map { "\(note.path):\($0.line): \($0.message)" + ($0.detail.map { " (\($0))" } ?? "") }
                    lines += block.errors
                    let first = failed.first.map { $0.message + ($0.detail.map { " (\($0))" } ?? "") } ?? block.errors.first ?? "check failed"
                    cases += "      <failure message=\"\(Self.xml(first))\" type=\"check\">\(Self.xml("\(note.path):\(block.line): check failed\n" + lines.joined(separator: "\n")))</failure>\n"
                case "not-run":
                    cases += "      <skipped/>\n"
                default:
                    break
                }
                cases += "    </testcase>\n"
            }
            let errors = note.diagnostics.filter { $0.severity == "error" }
            if noteFailures == 0, !errors.isEmpty {
                noteTests += 1
                noteFailures += 1
                cases += "    <testcase classname=\"\(Self.xml(note.path))\" name=\"errors\" file=\"\(Self.xml(note.path))\""
                cases += (errors[0].line.map { " line=\"\($0)\"" } ?? "") + ">\n"
                cases += "      <failure message=\"\(Self.xml(errors[0].message))\" type=\"error\">\(Self.xml(errors.map(\.text).joined(separator: "\n")))</failure>\n"
                cases += "    </testcase>\n"
            }
            total += noteTests
            failures += noteFailures
            let seconds = note.timings.values.reduce(0, +)
            suites += "  <testsuite name=\"\(Self.xml(note.path))\" tests=\"\(noteTests)\" failures=\"\(noteFailures)\" time=\"\(String(format: "%.3f", seconds))\">\n"
            suites += cases + "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"weave\" tests=\"\(total)\" failures=\"\(failures)\">\n"
            + suites + "</testsuites>\n"
    }

    /// `text` escaped for XML text and attributes (line breaks kept in attributes as `&#10;`);
    /// characters XML 1.0 forbids become U+FFFD.
    private static func xml(_ text: String) -> String {
        var allowed = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let forbidden = (scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
            allowed.append(forbidden ? "\u{FFFD}" : scalar)
        }
        return HTML.escape(String(allowed)).replacingOccurrences(of: "\n", with: "&#10;")
    }
}
