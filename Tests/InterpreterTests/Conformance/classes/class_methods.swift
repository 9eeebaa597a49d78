class Registry {
    class func make() -> Registry { Registry() }
    static func label() -> String { "registry" }
    var entries = 0
}
let r = Registry.make()
r.entries += 2
print(Registry.label(), r.entries)
// expect: registry 2
