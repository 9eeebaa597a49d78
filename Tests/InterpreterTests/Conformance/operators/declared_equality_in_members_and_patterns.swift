struct Tag: Equatable {
    var name: String
    var weight: Int
    static func == (a: Tag, b: Tag) -> Bool { a.name == b.name }
}
struct Labelled: Equatable { var tag: Tag; var n: Int }
print(Labelled(tag: Tag(name: "a", weight: 1), n: 2) == Labelled(tag: Tag(name: "a", weight: 9), n: 2))
enum Item: Equatable { case tagged(Tag), plain(Int) }
print(Item.tagged(Tag(name: "b", weight: 1)) == .tagged(Tag(name: "b", weight: 2)), [Item.plain(1)].contains(.plain(1)))
final class Node: Equatable {
    let id: Int
    var visits = 0
    init(_ id: Int) { self.id = id }
    static func == (a: Node, b: Node) -> Bool { a.id == b.id }
}
let nodes = [Node(1), Node(2)]
print(nodes.contains(Node(2)), nodes.firstIndex(of: Node(2)) as Any, nodes.lastIndex(of: Node(1)) as Any)
let probe = Tag(name: "c", weight: 0)
switch Tag(name: "c", weight: 5) {
case probe: print("matched by name")
default: print("no match")
}
let maybe: Tag? = Tag(name: "d", weight: 1)
print(maybe == Tag(name: "d", weight: 2), maybe != nil)
// expect: true
// expect: true true
// expect: true Optional(1) Optional(0)
// expect: matched by name
// expect: true true
