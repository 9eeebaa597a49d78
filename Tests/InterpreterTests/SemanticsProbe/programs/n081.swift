struct Stack<E> { var items: [E] = []; mutating func push(_ e: E) { items.append(e) } }
var a = Stack<Double>(); a.push(1); a.push(2)
var b = Stack<Int>(); b.push(1)
var c = Stack<Float>(); c.push(3)
print(a.items, b.items, c.items, a.items.map { $0 / 2 })
