// A protocol extension constrained to another protocol sees that protocol's requirements.
protocol Named { var name: String { get } }
protocol Scored { var score: Double { get }; func penalty() -> Double }
struct Trial: Named, Scored {
    let name: String; let score: Double
    func penalty() -> Double { score / 10 }
}
struct Label: Named { let name: String }
extension Named where Self: Scored {
    var summary: String { name + "=" + String(score) }
    func adjusted() -> Double { score - penalty() }
}
extension Named {
    var shout: String { name.uppercased() }
}
let t = Trial(name: "lr", score: 0.5)
print(t.summary, t.adjusted(), t.shout, Label(name: "x").shout)
let all: [any Named] = [t, Label(name: "y")]
print(all.map(\.shout))
// expect: lr=0.5 0.45 LR X
// expect: ["LR", "Y"]
