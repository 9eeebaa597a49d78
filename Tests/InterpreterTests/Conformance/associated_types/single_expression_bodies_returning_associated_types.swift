protocol Q { associatedtype T; func make(_ t: T) -> T }
extension Q { func make(_ t: T) -> T { t } }
struct QI: Q { typealias T = Int }
struct QD: Q { typealias T = Double }
print(QI().make(7), QD().make(7), QI().make(7) / 2, QD().make(7) / 2)
protocol Cnt { associatedtype E; func make() -> [E] }
struct I: Cnt { func make() -> [Int] { [1, 2] } }
extension Cnt { func firstOr(_ d: E) -> E { make().first ?? d } }
print(I().firstOr(9), I().firstOr(9) * 3)
// expect: 7 7.0 3 3.5
// expect: 1 3
