// WeaveBench: benchmarks that print ratios against baselines measured in the same run.
//
//     swift run -c release WeaveBench <benchmark>…
//
// Each team adds its benchmark to `benchmarks`; with no argument, all of them run.
import Foundation
import Weave

let benchmarks: [(name: String, run: () throws -> Void)] = [
    ("optim", OptimBench.run),
    ("figures", runFiguresBenchmark),
    ("weave", PipelineBench.run),
    ("training", TrainingBench.run),
    ("interpreter", InterpreterBench.run),
    ("course", CourseBench.run),
]

// The same process settings as the `weave` command.
ProcessMemory.growHeapsInLargeSteps()

let requested = Array(CommandLine.arguments.dropFirst())
let unknown = requested.filter { name in !benchmarks.contains { $0.name == name } }
guard unknown.isEmpty else {
    print("unknown benchmark \(unknown.joined(separator: ", ")); available: \(benchmarks.map(\.name).joined(separator: ", "))")
    exit(2)
}
for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
    try benchmark.run()
}
