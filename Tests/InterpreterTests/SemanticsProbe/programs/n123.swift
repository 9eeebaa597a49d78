struct Meters { var v: Double }
extension Meters: ExpressibleByIntegerLiteral { init(integerLiteral value: Int) { v = Double(value) * 1.5 } }
let m: Meters = 4
print(m.v, m)
func show(_ m: Meters) { print("m", m.v) }
show(2)
