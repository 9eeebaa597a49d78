protocol Q { associatedtype T; func make(_ t: T) -> T }
extension Q { func make(_ t: T) -> T { t } }
struct QI: Q { typealias T = Int }
struct QD: Q { typealias T = Double }
print(QI().make(7), QD().make(7), QI().make(7) / 2, QD().make(7) / 2)
