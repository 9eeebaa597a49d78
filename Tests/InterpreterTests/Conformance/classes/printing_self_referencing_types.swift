class Person: CustomStringConvertible {
    let name: String
    weak var friend: Person?
    init(_ n: String) { name = n }
    var description: String { "Person(\(name), friend: \(friend?.name ?? "none"))" }
}
let a = Person("a"), b = Person("b")
a.friend = b
b.friend = a
print(a, b, [a])
class Node { var next: Node?; var tags: Set<Int> = [1] }
let n = Node()
n.next = Node()
print(n, [n])
struct Tree { var kids: [Tree] = []; var v = 1 }
print(Tree(kids: [Tree(), Tree(kids: [Tree()], v: 3)]))
// expect: Person(a, friend: b) Person(b, friend: a) [Person(a, friend: b)]
// expect: main.Node [main.Node]
// expect: Tree(kids: [main.Tree(kids: [], v: 1), main.Tree(kids: [main.Tree(kids: [], v: 1)], v: 3)], v: 1)
