struct Stack<Element> { var items: [Element] = [] }
extension Stack where Element: Comparable {
    func largest() -> Element? { items.max() }
}
struct Point { var x: Int }
let s = Stack(items: [Point(x: 1)])
print(s.largest() as Any)
// expect error: 7:9 referencing instance method 'largest()' on 'Stack' requires that 'Point' conform to 'Comparable'
