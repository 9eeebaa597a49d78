func total(_ xs: [Double]) -> Double { xs.reduce(0, +) }
func scale(_ x: Double, by k: Double) -> Double { x * k }
struct Bag {
    var items: [Double]
    func total() -> Double { main.total(items) }
    func scale(by k: Double) -> [Double] { items.map { main.scale($0, by: k) } }
}
print(Bag(items: [1, 2]).total(), Bag(items: [1, 2]).scale(by: 3), main.total([4]))
// expect: 3.0 [3.0, 6.0] 4.0
