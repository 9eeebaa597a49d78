protocol HasZero { associatedtype V; static var zero: V { get }; func wrap(_ v: V) -> [V] }
extension HasZero { func wrap(_ v: V) -> [V] { [v, Self.zero] } }
struct DZ: HasZero { static var zero: Double { 0 } }
struct IZ: HasZero { static var zero: Int { 0 } }
print(DZ().wrap(1), IZ().wrap(1), DZ.zero, IZ.zero)
