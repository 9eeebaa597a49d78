// swift-tools-version: 6.0
//
// weave: Markdown course notes on optimization → living HTML pages.
//
// The targets follow the pipeline:
//   CCmark (libcmark, seen only by Weave/Reading/CommonMark.swift)
//   CMalloc      glibc's malloc.h, for the heap setting the executables ask for
//   CProcess     Linux's prctl, for the experiment worker
//   Optim        optimizer library, depends on nothing of ours
//   Figures      SVG plotting, depends on nothing of ours
//   Interpreter  Swift-subset interpreter for experiment blocks (swift-syntax + Optim + Figures)
//   Worker       the supervised worker process that runs a note's experiments, and its supervisor
//   WeaveWorker  the `weave-worker` executable
//   Weave        read → execute → resolve → write passes over one note model
//   Preview      `weave preview`: a local server with live reload over Weave (FlyingFox)
//   WeaveCLI     the `weave` command, a thin shell over Weave and Preview
//   WeaveBench   benchmarks that print ratios against baselines measured in the same run
import Foundation
import PackageDescription

/// Whether SwiftPM is loading this manifest for a package that depends on weave rather than for
/// this repository itself: a versioned dependency is checked out under the consumer's
/// `.build/checkouts/` (or `.build/registry/downloads/`), and during dependency resolution its
/// manifest is read straight from the git tree, at `/`. SwiftPM refuses `unsafeFlags` in a
/// versioned dependency, so such a build gets the portable settings below.
let builtAsDependency = ["/checkouts/", "/registry/downloads/"].contains { Context.packageDirectory.contains($0) }
    || Context.packageDirectory == "/"

/// Portable settings: no unsafe flags, code for the baseline instruction set of the target
/// (x86-64 or arm64). Used when built as a dependency, and when `WEAVE_PORTABLE` is set (for a
/// release `weave` to copy onto other machines, and to measure what the fast settings buy).
let portable = builtAsDependency || Context.environment["WEAVE_PORTABLE"] != nil

/// The numerical and interpreter code is optimised even in debug builds of this repository:
/// `swift run weave` runs every experiment of a note through it, and unoptimised Swift is 10–50×
/// slower there. Only the CLI and the benchmarks keep normal debug settings.
let optimizedInDebug: [SwiftSetting] = portable ? [] : [.unsafeFlags(["-O"], .when(configuration: .debug))]

/// Optim's elementwise kernels (Adam's square root and divisions per element) are compute-bound
/// with the baseline x86-64 vector width; like torch, which picks its AVX kernels at run time, a
/// build of this repository lets the compiler use the vector units of the machine that builds it
/// (which is the machine that runs `swift run weave`). No floating-point contraction is enabled, so
/// results are bit-identical to the portable build (the torch fixture tests check this).
let hostVectorUnits: [SwiftSetting] = portable ? [] : [.unsafeFlags(["-target-cpu", "native"])]

/// Tools for working on this repository that a package depending on weave does not need to fetch:
/// `swift package generate-documentation --target Optim` (DocC).
let developmentDependencies: [Package.Dependency] = builtAsDependency
    ? [] : [.package(url: "https://github.com/swiftlang/swift-docc-plugin.git", from: "1.5.0")]

let package = Package(
    name: "weave",
    products: [
        .executable(name: "weave", targets: ["WeaveCLI"]),
        .executable(name: "weave-worker", targets: ["WeaveWorker"]),
        .library(name: "Weave", targets: ["Weave"]),
        .library(name: "Optim", targets: ["Optim"]),
        .library(name: "Figures", targets: ["Figures"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax.git", .upToNextMinor(from: "602.0.0")),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
    ] + developmentDependencies,
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(name: "CMalloc"),
        .target(name: "Optim", resources: [.copy("Resources")], swiftSettings: optimizedInDebug + hostVectorUnits),
        .target(name: "Figures", swiftSettings: optimizedInDebug),
        .target(
            name: "Interpreter",
            dependencies: [
                "Optim",
                "Figures",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
            ],
            swiftSettings: optimizedInDebug
        ),
        .systemLibrary(name: "CProcess"),
        .target(name: "Worker", dependencies: ["Interpreter", "CProcess", .product(name: "SwiftSyntax", package: "swift-syntax")]),
        .executableTarget(name: "WeaveWorker", dependencies: ["Worker"]),
        .target(
            name: "Weave",
            dependencies: [
                "CCmark",
                "CMalloc",
                "Interpreter",
                "Worker",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: optimizedInDebug
        ),
        .target(
            name: "Preview",
            dependencies: [
                "Weave",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            swiftSettings: optimizedInDebug
        ),
        .executableTarget(
            name: "WeaveCLI",
            dependencies: [
                "Weave",
                "Preview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "WeaveBench", dependencies: ["Weave", "Optim", "Figures", "CCmark"]),
        .testTarget(name: "OptimTests", dependencies: ["Optim"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures"], resources: [.copy("Golden")]),
        .testTarget(
            name: "InterpreterTests",
            dependencies: ["Interpreter", .product(name: "SwiftParser", package: "swift-syntax")],
            exclude: ["UnreachableAPI.txt", "LabelGaps.txt"],
            resources: [.copy("Conformance"), .copy("Hostile"), .copy("Probe"), .copy("SemanticsProbe")]
        ),
        .testTarget(name: "WeaveTests", dependencies: ["Weave", "Optim"], resources: [.copy("Golden")]),
        .testTarget(name: "WorkerTests", dependencies: ["Worker", "Interpreter"]),
        .testTarget(name: "WeaveCLITests", dependencies: ["WeaveCLI"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", .product(name: "FlyingFox", package: "FlyingFox")]),
    ]
)

/// The libFuzzer targets, declared only for `.ci/fuzz` (which sets WEAVE_FUZZ and builds with
/// `--sanitize=fuzzer`): libFuzzer supplies their `main`, so an ordinary build could not link them.
if ProcessInfo.processInfo.environment["WEAVE_FUZZ"] != nil {
    let library: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
    package.targets += [
        .executableTarget(name: "FuzzReader", dependencies: ["Weave"], swiftSettings: library),
        .executableTarget(name: "FuzzBlocks", dependencies: ["Interpreter"], swiftSettings: library),
    ]
}
