protocol Bag { associatedtype E; var xs: [E] { get set } }
extension Bag { func has(_ e: E) -> Bool where E: Equatable { xs.contains(e) }; func withExtra(_ e: E) -> [E] { xs + [e] } }
struct DB: Bag { var xs: [Double] = [1.5] }
struct IB: Bag { var xs: [Int] = [2] }
print(DB().has(1.5), IB().has(2), DB().withExtra(2), IB().withExtra(3))
