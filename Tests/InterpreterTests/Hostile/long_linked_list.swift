class Node {
    let value: Int
    var next: Node?
    init(_ value: Int, next: Node?) {
        self.value = value
        self.next = next
    }
}
func build(_ n: Int) -> Int {
    var head: Node? = nil
    for i in 0..<n { head = Node(i, next: head) }
    return head!.value
}
print(build(1_000_000))
// expect: 999999
