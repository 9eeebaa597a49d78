struct Stack<Element> {
    private var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
    mutating func pop() -> Element? { items.popLast() }
    var top: Element? { items.last }
    var isEmpty: Bool { items.isEmpty }
}
var s = Stack<Int>()
s.push(1); s.push(2); s.push(3)
print(s.pop()!, s.top!, s.isEmpty)
var names = Stack<String>()
names.push("x")
print(names.top ?? "none")
