import Foundation

/// Issue 4 §6 and issue 6: the whole course (`notes/`) weaves in under a second once built, in the
/// build `swift run weave` uses (debug; our numeric and interpreter targets are optimised even
/// there, swift-syntax is not). Runs the built `weave` executables as a user would, from the
/// package root, and reports the fastest and the median of `rounds` runs; the release build, when
/// present, is the baseline measured in the same run.
enum CourseBench {
    static let rounds = 7

    static func run() throws {
        print("course: weave notes/ (all notes, KaTeX under node when present), \(rounds) runs")
        let builds = ["debug", "release"].map { ($0, ".build/\($0)/weave") }.filter { FileManager.default.isExecutableFile(atPath: $0.1) }
        guard !builds.isEmpty, FileManager.default.fileExists(atPath: "notes") else {
            print("  run from the package root after `swift build` (and `swift build -c release` for the baseline)")
            return
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("weave-course-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var medians: [String: Double] = [:]
        for (name, path) in builds {
            var times: [Double] = []
            for _ in 0..<rounds {
                var succeeded = false
                times.append(Measure.seconds { succeeded = Measure.run(path, ["notes", "--out", output, "--quiet"]) })
                guard succeeded else {
                    print("  \(name): weave failed")
                    return
                }
            }
            times.sort()
            medians[name] = times[times.count / 2]
            let target = name == "debug" ? String(format: "   target < 1 s: %@", times[times.count / 2] < 1 ? "met" : "NOT met") : ""
            print(String(format: "  %-8@ fastest %6.3f s   median %6.3f s%@", name, times[0], times[times.count / 2], target))
        }
        if let debug = medians["debug"], let release = medians["release"] {
            print(String(format: "  debug / release: %.2f× (swift-syntax unoptimised in debug)", debug / release))
        }
    }
}
