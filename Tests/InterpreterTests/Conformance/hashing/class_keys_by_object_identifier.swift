final class Node: Hashable {
    let id: Int
    init(id: Int) { self.id = id }
    static func == (a: Node, b: Node) -> Bool { a === b }
    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
let a = Node(id: 1), b = Node(id: 1)
var seen: Set<Node> = [a]
print(seen.contains(a), seen.contains(b))
print(ObjectIdentifier(a) == ObjectIdentifier(b), ObjectIdentifier(a) == ObjectIdentifier(a))
// expect: true false
// expect: false true
