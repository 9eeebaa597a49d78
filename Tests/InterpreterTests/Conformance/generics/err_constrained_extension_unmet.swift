struct Stack<Element> { var items: [Element] = [] }
extension Stack where Element == Double {
    var total: Double { items.reduce(0, +) }
}
let s = Stack(items: [1, 2])
print(s.total)
// expect error: 6:9 property 'total' requires the types 'Int' and 'Double' be equivalent
