class IDGen {
    static var next = 1
    static let prefix = "id"
    static func make() -> String {
        defer { next += 1 }
        return label(next)
    }
    static func label(_ n: Int) -> String { "\(prefix)\(n)" }
}
print(IDGen.make(), IDGen.make(), IDGen.next)
// expect: id1 id2 3
