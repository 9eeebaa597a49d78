struct Stack<Element> {
    var items: [Element] = []
}
func depth<T>(_ s: Stack<T>) -> Int { s.items.count }
print(depth(Stack(items: [1, 2, 3])))
// expect: 3
