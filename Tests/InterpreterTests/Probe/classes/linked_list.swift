class ListNode {
    var value: Int
    var next: ListNode?
    init(_ value: Int, next: ListNode? = nil) {
        self.value = value
        self.next = next
    }
}
let list = ListNode(1, next: ListNode(2, next: ListNode(3)))
var node: ListNode? = list
var values: [Int] = []
while let n = node {
    values.append(n.value)
    node = n.next
}
print(values)
