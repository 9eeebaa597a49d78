import Foundation
class Node { var val: Int; var next: Node?; init(_ v: Int, _ n: Node? = nil) { val = v; next = n } }
let list = Node(1, Node(2, Node(3)))
var cur: Node? = list
var out: [Int] = []
while let c = cur { out.append(c.val); cur = c.next }
print(out, list.next?.next?.val as Any, list.next?.next?.next?.val as Any)
list.next?.val = 20
print(list.next!.val)
