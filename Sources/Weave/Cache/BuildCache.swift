import Foundation
import Synchronization

/// The build cache: results that cost time to make (a note's experiment replies, typeset formulas)
/// kept in a folder under names derived from everything that can change them, so a later build
/// reuses them when, and only when, nothing they depend on has changed.
///
/// Entries are content-addressed: an entry's name is the SHA-256 of its inputs (a ``CacheKey``),
/// and the entry repeats its key, so a file moved, truncated or corrupted in any way reads as a
/// miss and is written again. Nothing in an entry depends on where the notes, the cache or the
/// build are, so a CI system can save the folder after one run and restore it before the next, on
/// another machine. Entries are written atomically (a temporary file renamed into place), so
/// builds sharing a folder at the same time see an entry whole or not at all.
public final class BuildCache: Sendable {
    /// The folder (created on the first write).
    public let folder: String
    /// The first problem writing an entry, if any: reported once per build as a warning.
    private let writeProblem = Mutex<String?>(nil)
    /// Entries this object has read or written, decoded: a process that builds again and again
    /// (`weave preview`) reads each entry from disk once. Entries never change under a name, so
    /// what is remembered cannot go stale (a note's last run, kept here only, is replaced under its
    /// name and carries what it was made from); past ``rememberedLimit`` entries it starts afresh.
    private let remembered = Mutex<[String: any Sendable]>([:])
    private static let rememberedLimit = 100_000

    /// A cache in `folder`; nothing is read or written until a build asks.
    public init(folder: String) {
        self.folder = folder
    }

    /// The kinds of entry, each in a subfolder of its own.
    enum Kind: String {
        /// The worker's replies for one note's experiments.
        case experiments
        /// One typeset formula.
        case math
        /// A note's last run through the pipeline: kept in memory only (see ``recall(_:_:as:)``).
        case notes
    }

    /// The value stored under `key`, or `nil` if there is none or it cannot be read.
    func read<Value: Codable & Sendable>(_ kind: Kind, _ key: CacheKey, as type: Value.Type) -> Value? {
        if let value = recall(kind, key, as: Value.self) { return value }
        guard let data = FileManager.default.contents(atPath: path(kind, key)),
            let entry = try? JSONDecoder().decode(Entry<Value>.self, from: data), entry.key == key.digest
        else { return nil }
        remember(entry.value, kind, key)
        return entry.value
    }

    /// Stores `value` under `key`. A failure is kept for ``problem`` and otherwise ignored: a
    /// build never fails because its cache could not be written.
    func write<Value: Codable & Sendable>(_ kind: Kind, _ key: CacheKey, _ value: Value) {
        remember(value, kind, key)
        do {
            let data = try JSONEncoder().encode(Entry(key: key.digest, value: value))
            if !FileManager.default.fileExists(atPath: folder + "/" + Self.tagName) {
                try OutputFile.write(Self.tag, to: folder + "/" + Self.tagName)
            }
            try OutputFile.write(data, to: path(kind, key))
        } catch {
            writeProblem.withLock { if $0 == nil { $0 = "\(error)" } }
        }
    }

    /// The value this object remembers under `key`, never looking on disk: for results kept only
    /// while one process builds again and again (`weave preview`), stored with ``remember(_:_:_:)``.
    func recall<Value: Sendable>(_ kind: Kind, _ key: CacheKey, as type: Value.Type) -> Value? {
        remembered.withLock { $0[kind.rawValue + key.digest] } as? Value
    }

    /// Remembers `value` under `key` in this object's memory (``write(_:_:_:)`` also stores it on disk).
    func remember(_ value: some Sendable, _ kind: Kind, _ key: CacheKey) {
        remembered.withLock { memory in
            if memory.count >= Self.rememberedLimit { memory.removeAll() }
            memory[kind.rawValue + key.digest] = value
        }
    }

    /// Why entries could not be written in this build, if they could not.
    var problem: String? { writeProblem.withLock { $0 } }

    /// `<folder>/<kind>/<first two digits>/<digest>.json`: a few hundred entries per subfolder.
    private func path(_ kind: Kind, _ key: CacheKey) -> String {
        "\(folder)/\(kind.rawValue)/\(key.digest.prefix(2))/\(key.digest).json"
    }

    /// What an entry file holds.
    private struct Entry<Value>: Codable where Value: Codable {
        var key: String
        var value: Value
    }

    /// The Cache Directory Tagging Specification's file, which backup and archiving tools read to
    /// skip the folder.
    private static let tagName = "CACHEDIR.TAG"
    private static let tag = "Signature: 8a477f597d28d172789f06886806bc55\n# This file marks weave's build cache; `weave clean` removes the folder.\n"

    /// Whether `folder` looks like a build cache (it holds the tag file), for `weave clean`.
    public static func isCache(_ folder: String) -> Bool {
        FileManager.default.contents(atPath: folder + "/" + tagName) == Data(tag.utf8)
    }
}

/// The name of a cache entry: the SHA-256 of a list of fields that together determine the entry.
struct CacheKey: Hashable, Sendable {
    /// 64 hexadecimal digits.
    let digest: String

    /// The key of `fields`, in order (each field is delimited, so fields cannot run together).
    init(_ fields: [String]) {
        var hash = SHA256()
        for field in fields { hash.update(field: field) }
        digest = hash.hexDigest()
    }
}
