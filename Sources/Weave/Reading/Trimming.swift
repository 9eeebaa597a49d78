extension StringProtocol {
    /// The text without the given characters at either end.
    func trimming(_ characters: String) -> String {
        let set = Set(characters)
        guard let start = firstIndex(where: { !set.contains($0) }), let last = lastIndex(where: { !set.contains($0) }) else {
            return ""
        }
        return String(self[start...last])
    }
}

extension String {
    /// Whether the text's UTF-8 holds `byte`: a plain scan of the bytes, much faster than going
    /// through the `utf8` view index by index.
    func containsUTF8(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }
}
