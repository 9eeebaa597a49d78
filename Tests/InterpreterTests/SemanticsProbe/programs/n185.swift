protocol Cnt { associatedtype E; var xs: [E] { get set } }
extension Cnt { mutating func push(_ e: E) { xs.append(e) } }
struct S: Cnt { var xs: [String] = [] }
struct D: Cnt { var xs: [Double] = [] }
var s = S(); s.push("a")
var d = D(); d.push(3)
print(s.xs, d.xs)
