protocol Cnt { associatedtype E; var xs: [E] { get set } }
extension Cnt { mutating func push(_ e: E) { xs.append(e) } }
struct I8: Cnt { var xs: [Int8] = [] }
struct U: Cnt { var xs: [UInt] = [] }
var a = I8(); a.push(100); a.push(27)
var u = U(); u.push(5)
print(a.xs, u.xs, a.xs.reduce(0, +))
