import Foundation

/// Issue 14: what a rebuild costs with the build cache, for the whole course (`notes/`) and for one
/// note (`sgd.md`), in the build `swift run weave` uses (debug; our numeric and interpreter targets
/// are optimised even there). Four cases per round, alternated so that the machine's noise falls on
/// all of them alike:
///
/// - cold: an empty cache (every experiment runs, every formula is typeset);
/// - warm: nothing changed since the last build;
/// - prose edit: one sentence of `sgd.md` changed (a new one each round);
/// - code edit: one experiment block of `sgd.md` changed (a new comment each round, so its
///   results are never in the cache; the other notes' are).
///
/// The edits are made to a copy of the notes; the course is never touched. Targets: a prose-edit
/// rebuild of the course costs at most 10% of a cold build.
enum CourseBench {
    static let rounds = 5

    static func run() throws {
        let weave = ".build/debug/weave"
        guard FileManager.default.isExecutableFile(atPath: weave), FileManager.default.fileExists(atPath: "notes/sgd.md") else {
            print("course: run from the package root after `swift build`")
            return
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("weave-course-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let notes = work.appendingPathComponent("notes").path
        try FileManager.default.copyItem(atPath: "notes", toPath: notes)
        let sgd = notes + "/sgd.md"
        let original = try String(contentsOfFile: sgd, encoding: .utf8)
        guard let sentence = original.range(of: "\n\n", range: original.range(of: "\n# ")!.upperBound..<original.endIndex),
            let fence = original.range(of: "```swift\n")
        else { return print("course: sgd.md has no paragraph after its title, or no swift block") }

        print("course: rebuilds with the build cache (debug weave, \(rounds) rounds, cases alternated; median seconds)")
        for (scope, target) in [("course", notes), ("sgd.md", sgd)] {
            var times: [String: [Double]] = [:]
            let cache = work.appendingPathComponent("cache-\(scope)").path
            func build(_ cacheFolder: String) -> Double {
                var succeeded = false
                let seconds = Measure.seconds {
                    succeeded = Measure.run(weave, [target, "--out", work.appendingPathComponent("site").path, "--cache", cacheFolder, "--quiet"])
                }
                if !succeeded { print("  weave failed on \(target)") }
                return seconds
            }
            _ = build(cache)
            for round in 0..<rounds {
                let cold = work.appendingPathComponent("cold").path
                try? FileManager.default.removeItem(atPath: cold)
                times["cold", default: []].append(build(cold))
                times["warm", default: []].append(build(cache))
                var edited = original
                edited.insert(contentsOf: " An added sentence, number \(round).", at: sentence.lowerBound)
                try edited.write(toFile: sgd, atomically: true, encoding: .utf8)
                times["prose edit", default: []].append(build(cache))
                edited = original
                edited.insert(contentsOf: "// edit \(round)\n", at: fence.upperBound)
                try edited.write(toFile: sgd, atomically: true, encoding: .utf8)
                times["code edit", default: []].append(build(cache))
                try original.write(toFile: sgd, atomically: true, encoding: .utf8)
            }
            let cold = Measure.median(times["cold"]!)
            print("  \(scope):")
            for case_ in ["cold", "warm", "prose edit", "code edit"] {
                let median = Measure.median(times[case_]!)
                let ratio = case_ == "cold" ? "" : String(format: "  %5.1f%% of cold", 100 * median / cold)
                let goal = scope == "course" && case_ == "prose edit" ? (median <= 0.1 * cold ? "   target ≤ 10%: met" : "   target ≤ 10%: NOT met") : ""
                print("    " + case_.padding(toLength: 11, withPad: " ", startingAt: 0) + String(format: "%7.3f s%@%@", median, ratio, goal))
            }
        }
    }
}
