extension String {
    func repeated(_ n: Int) -> String { String(repeating: self, count: n) }
    var isBlank: Bool { allSatisfy { $0 == " " } }
}
print("ab".repeated(3))
print("   ".isBlank, "a ".isBlank)
