final class Node {
    let name: String
    weak var parent: Node?
    var children: [Node] = []
    init(_ name: String) { self.name = name }
}
var root: Node? = Node("root")
let child = Node("child")
child.parent = root
root!.children.append(child)
print(child.parent?.name ?? "none")
root = nil
print(child.parent?.name ?? "none")
class Tape {
    weak var owner: Node?
    var log: [String] = []
    init(owner: Node?) { self.owner = owner }
    func note() { log.append(owner?.name ?? "gone") }
}
var n: Node? = Node("n")
let tape = Tape(owner: n)
tape.note()
n = nil
tape.note()
print(tape.log)
let keep = Node("keep")
tape.owner = keep
print(tape.owner === keep, tape.owner!.name)
// expect: root
// expect: none
// expect: ["n", "gone"]
// expect: true keep
