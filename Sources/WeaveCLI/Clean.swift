import ArgumentParser
import Foundation

/// `weave clean`: removes the output folder, only if weave created it.
struct Clean: WeaveSubcommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove the output folder, if weave created it (it holds weave's marker file).",
        discussion: """
            A folder that existed before weave first wrote into it has no marker and is never removed \
            (exit status 2).
            """)

    @Option(name: .long, help: "The output folder to remove.")
    var out: String = "site"

    func execute() -> Int32 {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out, isDirectory: &isFolder) else {
            print("\(out): nothing to clean")
            return 0
        }
        guard isFolder.boolValue, OutputMarker.isMarked(out) else {
            printError("\(out): error: not removed: weave did not create this folder (it has no \(OutputMarker.name))")
            return 2
        }
        do {
            try FileManager.default.removeItem(atPath: out)
        } catch {
            printError("\(out): error: cannot remove: \((error as NSError).localizedDescription)")
            return 1
        }
        print("\(out): removed")
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
