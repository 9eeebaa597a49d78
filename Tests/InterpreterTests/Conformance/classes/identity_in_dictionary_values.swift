class Node { var visits = 0 }
let shared = Node()
let graph: [String: Node] = ["a": shared, "b": Node(), "c": shared]
for (_, n) in graph { n.visits += 1 }
print(shared.visits, graph["b"]!.visits, graph["a"]! === graph["c"]!)
// expect: 2 1 true
