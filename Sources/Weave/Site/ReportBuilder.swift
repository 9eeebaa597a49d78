/// Builds the ``Report`` entry of one note from the note after all passes.
enum ReportBuilder {
    /// The report entry for `note`.
    static func entry(for note: Note, output: String?, timings: [String: Double]) -> Report.NoteEntry {
        let diagnostics = note.diagnostics.map { d in
            Report.DiagnosticEntry(
                severity: d.severity.rawValue, line: d.location?.line, column: d.location?.column, message: d.message, text: d.description)
        }
        let status =
            diagnostics.contains { $0.severity == "error" } ? "error" : diagnostics.isEmpty ? "ok" : "warning"
        return Report.NoteEntry(
            path: note.path, output: output, title: note.title, status: status, diagnostics: diagnostics,
            blocks: Rewrite.experiments(in: note.blocks).map(block), timings: timings, reused: note.experimentsReused)
    }

    private static func block(_ e: Experiment) -> Report.BlockEntry {
        let kind = switch e.mode {
        case .normal: "normal"
        case .check: "check"
        case .expectError: "expect-error"
        }
        let output = e.result?.outputs.compactMap { output -> String? in
            switch output {
            case .text(let s): return s
            case .value(let s): return s + "\n"
            default: return nil
            }
        }.joined() ?? ""
        return Report.BlockEntry(
            line: e.location.line, id: e.id, title: e.title, number: e.mode == .check ? e.number : nil, kind: kind,
            status: e.result.map { $0.passed ? "passed" : "failed" } ?? "not-run",
            output: output,
            checks: e.result?.checks.map { Report.CheckEntry(passed: $0.passed, message: $0.message, detail: $0.detail, line: $0.location.line) } ?? [],
            errors: e.result?.errors ?? [], seconds: e.result?.seconds)
    }
}
