protocol Market {
    associatedtype Good: Hashable
    var prices: [Good: Double] { get }
}
extension Market {
    var cheapest: Good? { prices.min { $0.value < $1.value }?.key }
    func cost(of basket: [Good: Int]) -> Double {
        basket.reduce(0) { $0 + Double($1.value) * (prices[$1.key] ?? 0) }
    }
}
enum Grain: String { case wheat, rye }
struct Farm: Market { var prices: [Grain: Double] }
let farm = Farm(prices: [.wheat: 2, .rye: 1.5])
print(farm.cheapest!, farm.cost(of: [.wheat: 3, .rye: 2]), farm.prices[.rye]!)
// expect: rye 9.0 1.5
