struct Stack<Element> { var items: [Element] = [] }
extension Stack where Element: Comparable {
    func largest() -> Element? { items.max() }
}
extension Stack where Element == Double {
    var total: Double { items.reduce(0, +) }
}
let s = Stack(items: [3, 1, 2])
print(s.largest() as Any)
let d = Stack(items: [1.5, 2.5])
print(d.total, d.largest()!)
struct Box<T> { var v: T }
extension Box where T == String {
    init(count: Int) { v = String(repeating: "x", count: count) }
}
let b = Box(count: 3)
print(b.v)
// expect: Optional(3)
// expect: 4.0 2.5
// expect: xxx
