extension String {
    var shout: String { uppercased() + "!" }
    func padded(to n: Int) -> String { count >= n ? self : self + String(repeating: ".", count: n - count) }
}
print("hi".shout)
print("ab".padded(to: 5), "abcdef".padded(to: 3))
// interpreter-only
// expect: HI!
// expect: ab... abcdef
