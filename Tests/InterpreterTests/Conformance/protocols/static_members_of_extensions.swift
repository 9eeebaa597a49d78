protocol Named { static var base: String { get } }
extension Named {
    static func label() -> String { "label of " + base }
    static var shout: String { base.uppercased() }
}
struct Plain: Named { static let base = "plain" }
print(Plain.label(), Plain.shout)
protocol Tagged { var id: Int { get } }
extension Tagged {
    static func tag() -> String { "tagged \(Self.self)" }
    static var kind: String { "kind of \(Self.self)" }
    func describe() -> String { "\(id) \(Self.tag())" }
}
struct T: Tagged { var id = 1 }
struct U: Tagged { var id = 2; static func tag() -> String { "own tag" } }
print(T.tag(), U.tag(), T.kind, T().describe(), U().describe())
let xs: [any Tagged] = [T(), U()]
print(xs.map { $0.describe() })
// expect: label of plain PLAIN
// expect: tagged T own tag kind of T 1 tagged T 2 tagged U
// expect: ["1 tagged T", "2 tagged U"]
