struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
}
extension Stack {
    var count: Int { items.count }
    func peek() -> Element? { items.last }
}
var s = Stack<Double>()
s.push(1.5)
s.push(2.5)
print(s.count, s.peek() ?? 0)
// interpreter-only
// expect: 2 2.5
