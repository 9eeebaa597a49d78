protocol Accumulator { associatedtype N: Numeric; var total: N { get set } }
extension Accumulator { mutating func add(_ n: N) { total += n } }
struct IA: Accumulator { var total = 0 }
struct DA: Accumulator { var total = 0.0 }
var i = IA(); i.add(2); i.add(3)
var d = DA(); d.add(2); d.add(0.5)
print(i.total, d.total, i.total / 2)
