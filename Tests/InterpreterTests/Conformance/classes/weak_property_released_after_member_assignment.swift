final class Node {
    let name: String
    weak var parent: Node?
    var children: [Node] = []
    init(_ name: String) { self.name = name }
}
var root: Node? = Node("root")
let child = Node("child")
child.parent = root
root = nil
print(child.parent?.name ?? "none")
var r2: Node? = Node("r2")
let c2 = Node("c2")
c2.parent = r2
r2!.children.append(c2)
r2 = nil
print(c2.parent?.name ?? "none")
// expect: none
// expect: none
