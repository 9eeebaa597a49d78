import ArgumentParser
import Foundation
import Weave

/// `weave clean`: removes the output folder and the build cache, each only if weave made it.
struct Clean: WeaveSubcommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove the output folder and the build cache, if weave created them (each holds weave's marker file).",
        discussion: """
            A folder that existed before weave first wrote into it has no marker and is never removed \
            (exit status 2).
            """)

    @Option(name: .long, help: "The output folder to remove.")
    var out: String = "site"

    @Option(name: .long, help: ArgumentHelp("The build cache to remove.", valueName: "folder"))
    var cache: String = CacheOptions.defaultFolder

    func execute() -> Int32 {
        let statuses = [
            remove(out, marker: OutputMarker.name, isMarked: OutputMarker.isMarked),
            remove(cache, marker: "CACHEDIR.TAG", isMarked: BuildCache.isCache),
        ]
        return statuses.max()!
    }

    /// Removes `folder` if `isMarked` says weave made it; returns the exit status.
    private func remove(_ folder: String, marker: String, isMarked: (String) -> Bool) -> Int32 {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            print("\(folder): nothing to clean")
            return 0
        }
        guard isFolder.boolValue, isMarked(folder) else {
            printError("\(folder): error: not removed: weave did not create this folder (it has no \(marker))")
            return 2
        }
        do {
            try FileManager.default.removeItem(atPath: folder)
        } catch {
            printError("\(folder): error: cannot remove: \((error as NSError).localizedDescription)")
            return 1
        }
        print("\(folder): removed")
        return 0
    }
}

/// The file weave puts in an output folder it created, so that `weave clean` removes that folder
/// and never one that weave only wrote into.
enum OutputMarker {
    /// The marker's file name.
    static let name = ".weave-output"
    /// The marker's content, checked by `isMarked`.
    static let text = "This folder was created by weave; `weave clean` removes it.\n"

    /// Puts the marker in `folder`, if the folder exists.
    static func mark(_ folder: String) {
        guard FileManager.default.fileExists(atPath: folder) else { return }
        let path = folder + "/" + name
        if !FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) {
            printError("\(path): warning: cannot write weave's marker; `weave clean` will not remove \(folder)")
        }
    }

    /// Whether `folder` holds weave's marker.
    static func isMarked(_ folder: String) -> Bool {
        FileManager.default.contents(atPath: folder + "/" + name) == Data(text.utf8)
    }
}
