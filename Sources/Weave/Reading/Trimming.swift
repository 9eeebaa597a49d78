import Foundation

extension StringProtocol {
    /// The text without the given characters at either end.
    func trimming(_ characters: String) -> String {
        // `characters` is a handful of characters: looking them up directly is cheaper than
        // building a set on every call.
        guard let start = firstIndex(where: { !characters.contains($0) }), let last = lastIndex(where: { !characters.contains($0) })
        else {
            return ""
        }
        return String(self[start...last])
    }
}

extension String {
    /// Whether the text's UTF-8 holds `byte`: `memchr` over the bytes, much faster than going
    /// through the `utf8` view index by index.
    func containsUTF8(_ byte: UInt8) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false
        }
        return found ?? utf8.contains(byte)
    }
}
