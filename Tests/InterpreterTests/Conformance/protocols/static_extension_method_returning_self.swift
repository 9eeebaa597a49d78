protocol Zero { static var zero: Self { get } }
extension Zero {
    static func make() -> Self { zero }
    static func pair() -> (Self, Self) { (zero, zero) }
}
struct V: Zero { var x: Double; static let zero = V(x: 7) }
print(V.make().x, V.pair().1.x)
let v: V = .make()
print(v.x)
// expect: 7.0 7.0
// expect: 7.0
