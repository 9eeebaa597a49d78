struct Stack<Element> {
    var items: [Element] = []
}
let s = Stack(items: [1.5, 2.5])
print(s)
print(s.items.count)
// expect: Stack<Double>(items: [1.5, 2.5])
// expect: 2
