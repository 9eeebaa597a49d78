import Foundation
func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
func sum<T: Numeric>(_ xs: [T]) -> T { xs.reduce(0, +) }
struct Stack<E> { var items: [E] = []; mutating func push(_ e: E) { items.append(e) }; mutating func pop() -> E? { items.popLast() } }
print(largest([3, 9, 2]) as Any, largest(["b", "a"]) as Any, largest([Int]()) as Any)
print(sum([1, 2, 3]), sum([1.5, 2.5]))
var st = Stack<String>(); st.push("a"); st.push("b")
print(st.pop() as Any, st.items, st)
