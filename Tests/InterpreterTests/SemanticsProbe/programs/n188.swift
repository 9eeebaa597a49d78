protocol Cnt { associatedtype E; func make() -> [E] }
struct I: Cnt { func make() -> [Int] { [1, 2] } }
extension Cnt { func firstOr(_ d: E) -> E { make().first ?? d } }
print(I().firstOr(9), I().firstOr(9) * 3)
