struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
    mutating func pop() -> Element? { items.popLast() }
    var top: Element? { items.last }
    var isEmpty: Bool { items.isEmpty }
}
var s = Stack<Int>()
s.push(1)
s.push(2)
print(s.pop() ?? 0, s.top ?? -1, s.isEmpty)
var names = Stack<String>()
names.push("a")
print(names.items, names.pop() ?? "-", names.isEmpty)
// expect: 2 1 false
// expect: ["a"] a true
