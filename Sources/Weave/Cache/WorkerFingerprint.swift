import Foundation

/// What identifies the code and data that compute a note's experiment results: the worker
/// executable (the interpreter, Optim and Figures are linked into it) and the resource bundles
/// beside it (Optim's data sets). Two workers with the same fingerprint give the same replies to
/// the same requests, so a cached reply is reused only under the fingerprint that made it.
enum WorkerFingerprint {
    /// The fingerprint of `executable`: its GNU build ID (a hash the linker computes over the
    /// linked output) when it has one — cheap to read, and equal for equal builds on any machine —
    /// else the SHA-256 of the whole file; then the SHA-256 of every file of the bundles beside it.
    /// `nil` if the executable cannot be read (the build then runs without the cache).
    static func of(executable: String) -> String? {
        guard let file = FileHandle(forReadingAtPath: executable) else { return nil }
        defer { try? file.close() }
        var hash = SHA256()
        if let id = buildID(file) {
            hash.update(field: "build-id")
            hash.update(id)
        } else {
            guard (try? file.seek(toOffset: 0)) != nil, let whole = try? file.readToEnd() else { return nil }
            hash.update(field: "sha256")
            hash.update(whole)
        }
        let folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        for bundle in resourceBundles(in: folder) {
            hash.update(field: bundle.lastPathComponent)
            let files = FileManager.default.enumerator(at: bundle, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.map { $0.path }.sorted() ?? []
            for path in files {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                hash.update(field: String(path.dropFirst(bundle.path.count)))
                hash.update(data)
            }
        }
        return hash.hexDigest()
    }

    /// The resource bundles SwiftPM puts beside the executables (`<package>_<target>.resources`),
    /// but the test targets', which the worker never reads.
    private static func resourceBundles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".resources") && !$0.hasSuffix("Tests.resources") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// The descriptor of the ELF note `NT_GNU_BUILD_ID` (type 3, owner "GNU"), found through the
    /// program headers of a 64-bit little-endian ELF file; `nil` for any other file.
    static func buildID(_ file: FileHandle) -> [UInt8]? {
        func bytes(at offset: Int, count: Int) -> [UInt8]? {
            guard count > 0, count < 1 << 20, (try? file.seek(toOffset: UInt64(offset))) != nil,
                let data = try? file.read(upToCount: count), data.count == count
            else { return nil }
            return [UInt8](data)
        }
        func integer(_ b: [UInt8], _ at: Int, _ size: Int) -> Int {
            (0..<size).reduce(0) { $0 | Int(b[at + $1]) << (8 * $1) }
        }
        guard let header = bytes(at: 0, count: 64), header[0..<4] == [0x7f, 0x45, 0x4c, 0x46], header[4] == 2, header[5] == 1 else {
            return nil
        }
        let (tableOffset, entrySize, entries) = (integer(header, 32, 8), integer(header, 54, 2), integer(header, 56, 2))
        guard entrySize >= 56, let table = bytes(at: tableOffset, count: entrySize * entries) else { return nil }
        for index in 0..<entries where integer(table, index * entrySize, 4) == 4 {  // PT_NOTE
            let base = index * entrySize
            guard let notes = bytes(at: integer(table, base + 8, 8), count: integer(table, base + 32, 8)) else { continue }
            var at = 0
            while at + 12 <= notes.count {
                let (nameSize, descriptorSize, type) = (integer(notes, at, 4), integer(notes, at + 4, 4), integer(notes, at + 8, 4))
                let name = at + 12
                let descriptor = name + (nameSize + 3) / 4 * 4
                let next = descriptor + (descriptorSize + 3) / 4 * 4
                guard next <= notes.count else { break }
                if type == 3 && nameSize == 4 && notes[name..<name + 4] == [0x47, 0x4e, 0x55, 0] {
                    return Array(notes[descriptor..<descriptor + descriptorSize])
                }
                at = next
            }
        }
        return nil
    }
}
