import Foundation

/// The notes named on the command line: files as given, folders searched for `.md` files
/// (hidden entries, `.build` folders and the output folder skipped), in a stable order.
///
/// A folder search follows a symbolic link only to a place inside the same folder and visits each
/// folder once, so a link cycle cannot make it walk forever and a link to `/etc` is not
/// published. Only regular files are notes: a FIFO or a device named `x.md` would block or never
/// end.
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
    /// What was passed over in folder searches, and why.
    var warnings: [Diagnostic] = []

    /// These inputs, or only the notes of `shard`.
    func part(_ shard: Shard?) -> Inputs {
        guard let shard else { return self }
        var part = self
        part.entries = shard.select(entries)
        return part
    }

    /// Resolves `paths`; `outputFolder` is excluded from folder searches and may be neither a note
    /// nor a notes folder.
    static func resolve(_ paths: [String], outputFolder: String) throws(WeaveError) -> Inputs {
        let output = FileSystem.realPath(outputFolder) ?? URL(fileURLWithPath: outputFolder).standardizedFileURL.path
        if let kind = FileSystem.kind(outputFolder), kind != .directory {
            throw .usage("the output folder \(outputFolder) exists and is not a folder")
        }
        var inputs = Inputs(entries: [], hasSite: false)
        for path in paths {
            switch FileSystem.kind(path) {
            case nil:
                throw .missing(path: path)
            case .directory?:
                let root = FileSystem.realPath(path) ?? path
                if root == output {
                    throw .usage("the output folder \(outputFolder) is the notes folder \(path): pages would mix with notes; choose another with --out")
                }
                inputs.hasSite = true
                let found = inputs.markdownFiles(in: path, root: root, excluding: output)
                guard !found.isEmpty else { throw .noNotes(folder: path) }
                let base = path.hasSuffix("/") ? path : path + "/"
                for relative in found {
                    inputs.entries.append(Entry(source: base + relative, output: String(relative.dropLast(3)) + ".html", inSite: true))
                }
            case .regular?:
                if FileSystem.realPath(path) == output {
                    throw .usage("the output folder \(outputFolder) is the note \(path)")
                }
                let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                inputs.entries.append(Entry(source: path, output: name + ".html", inSite: false))
            case .other?:
                throw .unreadable(path: path, reason: "not a regular file (a note must be a file, not a FIFO, socket or device)")
            }
        }
        var seen: [String: String] = [:]
        for e in inputs.entries {
            if let other = seen[e.output], other != e.source {
                throw .usage("\(other) and \(e.source) would both be written to \(e.output)")
            }
            seen[e.output] = e.source
        }
        return inputs
    }

    /// `.md` files below `folder` (whose real path is `root`), relative to it, sorted by path.
    private mutating func markdownFiles(in folder: String, root: String, excluding excluded: String) -> [String] {
        var result: [String] = []
        var visited: Set<FileSystem.Identity> = []
        var stack = [""]
        while let relative = stack.popLast() {
            let dir = relative.isEmpty ? folder : folder + "/" + relative
            guard let real = FileSystem.realPath(dir), real != excluded,
                let identity = FileSystem.identity(dir), visited.insert(identity).inserted
            else { continue }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                let full = folder + "/" + child
                if FileSystem.isLink(full) {
                    guard let target = FileSystem.realPath(full), target == root || target.hasPrefix(root + "/") else {
                        if name.hasSuffix(".md") || FileSystem.kind(full) == .directory {
                            warnings.append(
                                Diagnostic(severity: .warning, path: full, location: nil,
                                           message: "not followed: a link to a place outside \(folder)"))
                        }
                        continue
                    }
                }
                switch FileSystem.kind(full) {
                case .directory?: stack.append(child)
                case .regular? where name.hasSuffix(".md"): result.append(child)
                default: continue
                }
            }
        }
        return result.sorted()
    }
}

/// The few file-system facts input resolution needs, from `stat` and `realpath`.
enum FileSystem {
    /// What a path names, after following links.
    enum Kind {
        case regular, directory, other
    }

    /// A file's device and inode: the same for every path to it.
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// The kind of file at `path` (links followed); nil if nothing is there.
    static func kind(_ path: String) -> Kind? {
        var s = stat()
        guard stat(path, &s) == 0 else { return nil }
        switch s.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Whether `path` itself is a symbolic link.
    static func isLink(_ path: String) -> Bool {
        var s = stat()
        return lstat(path, &s) == 0 && s.st_mode & S_IFMT == S_IFLNK
    }

    /// The identity of the file at `path` (links followed).
    static func identity(_ path: String) -> Identity? {
        var s = stat()
        guard stat(path, &s) == 0 else { return nil }
        return Identity(device: UInt64(s.st_dev), inode: UInt64(s.st_ino))
    }

    /// The absolute path with every link resolved; nil if it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
