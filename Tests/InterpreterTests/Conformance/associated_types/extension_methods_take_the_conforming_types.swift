protocol Container { associatedtype Item; var items: [Item] { get set } }
extension Container { mutating func add(_ i: Item) { items.append(i) } }
struct IntBox: Container { var items: [Int] = [] }
struct StrBox: Container { var items: [String] = [] }
var b = IntBox(); let x = 5; b.add(x); b.add(3)
print(b.items, b.items.map { $0 / 2 })
var s = StrBox(); s.add("a")
print(s.items)
protocol Stack2 { associatedtype Element; var items: [Element] { get set } }
extension Stack2 {
    func top() -> Element? { items.last }
    mutating func push(_ e: Element) { items.append(e) }
}
struct Doubles: Stack2 { var items: [Double] = [] }
var d = Doubles(); d.push(3); d.push(2)
print(d.items, d.top()! / 4)
// expect: [5, 3] [2, 1]
// expect: ["a"]
// expect: [3.0, 2.0] 0.5
