protocol Shape { static var sides: Int { get }; init() }
struct Tri: Shape { static var sides: Int { 3 } }
struct Sq: Shape {
    var side: Double
    init() { side = 1 }
    static var sides: Int { 4 }
}
protocol Seeded { init(seed: UInt64); mutating func next() -> UInt64 }
struct Counter: Seeded {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 { state += 1; return state }
}
func make<S: Shape>(_ t: S.Type) -> S { S() }
func firstDraws<G: Seeded>(_ g: G.Type, seed: UInt64) -> [UInt64] {
    var gen = G(seed: seed)
    return [gen.next(), gen.next()]
}
print(type(of: make(Tri.self)).sides, make(Sq.self).side)
print(firstDraws(Counter.self, seed: 41))
// expect: 3 1.0
// expect: [42, 43]
