protocol Cnt { associatedtype E; func echo(_ e: E) -> E }
extension Cnt { func echo(_ e: E) -> E { e } }
struct I: Cnt { typealias E = Int }
print(I().echo(7), I().echo(7) / 2, "\(I().echo(3))")
