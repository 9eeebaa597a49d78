class Node {
    var value: Int
    init(value: Int) { self.value = value }
}
let nodes = [Node(value: 2), Node(value: 5)]
print(nodes.map(\.value))
// expect: [2, 5]
