class ListNode {
    var value: Int
    var next: ListNode?
    init(_ value: Int, next: ListNode? = nil) {
        self.value = value
        self.next = next
    }
}
var head: ListNode? = nil
for v in [3, 2, 1] { head = ListNode(v, next: head) }
var total = 0
var cursor = head
while let node = cursor {
    total += node.value
    cursor = node.next
}
print(total)
// expect: 6
