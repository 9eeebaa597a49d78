enum Kind {
    case alpha, beta
    static func make() -> Kind { beta }
}
let beta = Kind.alpha
print(Kind.make())
// expect: beta
