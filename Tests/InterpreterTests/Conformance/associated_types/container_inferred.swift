protocol Container {
    associatedtype Item
    var items: [Item] { get }
    mutating func add(_ item: Item)
}
struct Numbers: Container {
    var items: [Int] = []
    mutating func add(_ item: Int) { items.append(item) }
}
func describe<C: Container>(_ c: C) -> String { "\(c.items.count) items, first \(String(describing: c.items.first))" }
var n = Numbers()
n.add(3)
n.add(4)
print(describe(n))
// interpreter-only
// expect: 2 items, first Optional(3)
