class IDGen {
    static var next = 1
    static func make() -> Int {
        defer { next += 1 }
        return next
    }
}
print(IDGen.make(), IDGen.make(), IDGen.make())
