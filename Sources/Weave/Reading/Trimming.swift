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
