enum Unit: CustomStringConvertible {
    case meters(Double), seconds(Double)
    var description: String {
        switch self {
        case .meters(let m): return "\(m) m"
        case .seconds(let s): return "\(s) s"
        }
    }
}
let u = Unit.meters(2.5)
print(u)
print("took \(Unit.seconds(3))")
print([u, .seconds(1)])
// expect: 2.5 m
// expect: took 3.0 s
// expect: [2.5 m, 1.0 s]
