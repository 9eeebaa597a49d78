class A {
    class var kind: String { "A" }
    static var count = 0
    init() { A.count += 1 }
    class func make() -> A { A() }
    class func scaled(_ x: Double, by k: Double = 2) -> Double { x * k }
    func describe() -> String { "I am \(type(of: self).kind)" }
}
class B: A {
    override class var kind: String { "B" }
    override class func make() -> A { B() }
    override class func scaled(_ x: Double, by k: Double = 3) -> Double { x * k * 10 }
}
let b: A = B()
print(A.kind, B.kind, type(of: b).kind, b.describe(), A().describe())
let t: A.Type = B.self
print(t.kind, t.make().describe(), t.scaled(1), A.self.scaled(1), type(of: b).scaled(2, by: 1))
let types: [A.Type] = [A.self, B.self]
print(types.map { $0.kind }, A.count)
struct P { static let unit = 1.5; static func twice(_ x: Double) -> Double { 2 * x } }
let pt = P.self
print(pt.unit, pt.twice(pt.unit), type(of: P()).unit)
// expect: A B B I am B I am A
// expect: B I am B 20.0 2.0 20.0
// expect: ["A", "B"] 3
// expect: 1.5 3.0 1.5
