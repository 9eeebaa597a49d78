struct R: ExpressibleByIntegerLiteral, CustomStringConvertible {
    let p: Int
    init(integerLiteral v: Int) { p = v }
    init(_ p: Int) { self.p = p }
    var description: String { "R\(p)" }
}
print([R(3), 1, R(2)], [2, R(5)].map { $0.p })
let xs = [R(1), 4]
print(xs, type(of: xs))
// expect: [R3, R1, R2] [2, 5]
// expect: [R1, R4] Array<R>
