protocol Cnt { associatedtype E; var xs: [E] { get set } }
extension Cnt { mutating func push(_ e: E) { xs.append(e) }; func top() -> E? { xs.last } }
struct S: Cnt { var xs: [Int] = [] }
var s = S()
s.push(10)
print(s.top()! / 4, s.xs, s.xs[0] / 4)
