class Node {
    var next: Node?
}
let a = Node()
a.next = Node()
print(a.next == nil, a.next!.next == nil, a.next != nil)
// expect: false true true
