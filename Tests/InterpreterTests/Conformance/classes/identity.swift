class Node {
    var value: Int
    init(_ value: Int) { self.value = value }
}
let a = Node(1)
let b = a
let c = Node(1)
print(a === b, a === c, a !== c)
// expect: true false true
