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
                let start = DispatchTime.now()
                guard try weave(path, ["notes", "--out", output, "--quiet"]) else {
                    print("  \(name): weave failed")
                    return
                }
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
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

    /// Runs the `weave` at `executable` with `arguments` (and `environment`, else this process's),
    /// its output discarded; whether it succeeded. Spawned and waited for directly: Foundation's
    /// `Process` polls for the child's end, which adds tens of milliseconds to what is timed.
    static func weave(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Bool {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + environment).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, environment) == 0 else { return false }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status == 0
    }
}
