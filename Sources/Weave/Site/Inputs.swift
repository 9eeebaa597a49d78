import Foundation

/// The notes named on the command line: files as given, folders searched for `.md` files
/// (hidden entries, `.build` folders and the output folder skipped), in a stable order.
struct Inputs: Sendable {
    /// One note to build and where its page goes, relative to the output folder.
    struct Entry: Equatable, Sendable {
        var source: String
        var output: String
        /// Part of a folder build (gets an index link).
        var inSite: Bool
    }

    var entries: [Entry]
    /// Whether any folder was given (then an index page is written).
    var hasSite: Bool

    /// Resolves `paths`; `outputFolder` is excluded from folder searches.
    static func resolve(_ paths: [String], outputFolder: String) throws(WeaveError) -> Inputs {
        let fm = FileManager.default
        let outAbsolute = URL(fileURLWithPath: outputFolder).standardizedFileURL.path
        var entries: [Entry] = []
        var hasSite = false
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(path: path) }
            if isDirectory.boolValue {
                hasSite = true
                let found = markdownFiles(in: path, excluding: outAbsolute)
                guard !found.isEmpty else { throw .noNotes(folder: path) }
                let base = path.hasSuffix("/") ? path : path + "/"
                for relative in found {
                    entries.append(Entry(source: base + relative, output: String(relative.dropLast(3)) + ".html", inSite: true))
                }
            } else {
                let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                entries.append(Entry(source: path, output: name + ".html", inSite: false))
            }
        }
        var seen: [String: String] = [:]
        for e in entries {
            if let other = seen[e.output], other != e.source {
                throw .usage("\(other) and \(e.source) would both be written to \(e.output)")
            }
            seen[e.output] = e.source
        }
        return Inputs(entries: entries, hasSite: hasSite)
    }

    /// `.md` files below `folder`, relative to it, sorted by path.
    private static func markdownFiles(in folder: String, excluding excluded: String) -> [String] {
        let fm = FileManager.default
        var result: [String] = []
        var stack = [""]
        while let relative = stack.popLast() {
            let dir = relative.isEmpty ? folder : folder + "/" + relative
            guard URL(fileURLWithPath: dir).standardizedFileURL.path != excluded else { continue }
            guard let names = try? fm.contentsOfDirectory(atPath: dir) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                var isDirectory: ObjCBool = false
                guard fm.fileExists(atPath: folder + "/" + child, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    stack.append(child)
                } else if name.hasSuffix(".md") {
                    result.append(child)
                }
            }
        }
        return result.sorted()
    }
}
