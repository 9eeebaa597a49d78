struct Node {
    var value: Int
    var next: [Node]
}
let list: [Node]? = [Node(value: 1, next: [Node(value: 2, next: [])])]
print(list?.first?.next.first?.value ?? -1)
print(list?.count ?? 0)
let none: [Node]? = nil
print(none?.first?.value as Any)
